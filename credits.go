package berita

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Credits are the lines that say who wrote and edited an article:
//
//	(Tribunnews.com/Nuryanti)             Tribun's closing sign-off: outlet/author
//	(vyp/kna)                             staff initials (detik, Kompas, Merdeka)
//	Penulis: Nama | Editor: Nama          Kompas, Tribun
//	Laporan Wartawan Tribunnews.com, Nama Tribun's opening line
//	Laporan Nama | Tempat                 Serambinews
//	Reporter: Nama, Editor: Nama, Pewarta: Nama, Oleh: Nama
//
// A credit line is never a paragraph.

// maxCredit is the longest block read as a credit line.
const maxCredit = 160

// credit reads s as a credit line and records what it names. It reports
// whether s was one.
func (st *state) credit(s string) bool {
	if len(s) > maxCredit {
		return false
	}
	if s[0] == '(' && s[len(s)-1] == ')' {
		return st.signOff(s[1 : len(s)-1])
	}
	if rest, ok := cutPrefixFold(s, "Laporan "); ok {
		return st.reportLine(rest)
	}
	found := false
	for _, part := range strings.Split(s, "|") {
		part = strings.TrimSpace(part)
		label, name, ok := creditLabel(part)
		if !ok {
			if found {
				continue
			}
			return false
		}
		found = true
		st.addCredit(label, name)
	}
	return found
}

// signOff reads the inside of a closing "(...)" sign-off.
func (st *state) signOff(in string) bool {
	in = strings.TrimSpace(in)
	if in == "*" || in == "" {
		return true // Tribun's end mark
	}
	parts := strings.Split(in, "/")
	if isInitials(parts) {
		st.a.Initials = in
		return true
	}
	if len(parts) >= 2 && isOutletName(strings.TrimSpace(parts[0])) {
		if st.signOutlet == "" {
			st.signOutlet = strings.TrimSpace(parts[0])
		}
		for _, p := range parts[1:] {
			st.addName(&st.a.Authors, p)
		}
		return true
	}
	return false
}

// isInitials reports whether parts are staff codes such as "vyp", "kna", "ant".
func isInitials(parts []string) bool {
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > 6 {
			return false
		}
		for i := 0; i < len(p); i++ {
			if !isLowerByte(p[i]) && !isUpperByte(p[i]) {
				return false
			}
		}
		if strings.ToLower(p) != p && strings.ToUpper(p) != p {
			return false
		}
	}
	return len(parts) > 0
}

// reportLine reads what follows "Laporan": "Wartawan Tribunnews.com, Nama",
// "Reporter Tribun Medan, Nama", "Nama | Aceh Tamiang".
func (st *state) reportLine(s string) bool {
	for _, w := range []string{"Wartawan ", "Reporter ", "Kontributor ", "Koresponden "} {
		if rest, ok := cutPrefixFold(s, w); ok {
			s = rest
			if i := strings.LastIndexByte(s, ','); i >= 0 {
				s = s[i+1:]
			} else {
				return false
			}
			break
		}
	}
	if name, place, ok := strings.Cut(s, "|"); ok {
		if !isPlace(strings.TrimSpace(place)) {
			return false
		}
		s = name
	}
	if !looksLikeName(strings.TrimSpace(s)) {
		return false
	}
	st.addName(&st.a.Authors, s)
	return true
}

// creditLabels map the labels of credit lines to the role they credit.
var creditLabels = []struct {
	label  string
	editor bool
}{
	{"penulis", false}, {"reporter", false}, {"pewarta", false}, {"wartawan", false},
	{"oleh", false}, {"kontributor", false}, {"author", false}, {"writer", false},
	{"editor", true}, {"redaktur", true}, {"penyunting", true}, {"editing", true},
}

// creditLabel splits "Penulis: Nama" into its role and name.
func creditLabel(s string) (editor bool, name string, ok bool) {
	for _, c := range creditLabels {
		rest, found := cutPrefixFold(s, c.label)
		if !found {
			continue
		}
		rest = strings.TrimLeft(rest, " ")
		if strings.HasPrefix(rest, ":") {
			rest = rest[1:]
		} else if c.label != "oleh" {
			continue
		}
		rest = cleanName(rest)
		if !looksLikeName(rest) {
			return false, "", false
		}
		return c.editor, rest, true
	}
	return false, "", false
}

func (st *state) addCredit(editor bool, name string) {
	if editor {
		st.addName(&st.a.Editors, name)
	} else {
		st.addName(&st.a.Authors, name)
	}
}

// addName appends a cleaned name to list unless it is there already.
func (st *state) addName(list *[]string, name string) {
	name = cleanName(name)
	if name == "" {
		return
	}
	for _, n := range *list {
		if strings.EqualFold(n, name) {
			return
		}
	}
	*list = append(*list, name)
}

// cleanName trims a credited name of outlet suffixes ("Nama - detikHealth")
// and stray punctuation.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	for _, sep := range []string{" - ", " – ", " — "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	return strings.Trim(s, " ,.;:|/()")
}

// looksLikeName reports whether s can be a credited name: a few capitalised
// words ("Rahmad Wiguna", "Kontributor Lhokseumawe, Masriadi"), not a sentence.
func looksLikeName(s string) bool {
	if s == "" || len(s) > 80 || strings.ContainsAny(s, "!?\"“”") || strings.HasSuffix(s, ".") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 8 {
		return false
	}
	lower := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			if i == 0 || !unicode.IsLetter(r) {
				return false
			}
			lower++
		}
	}
	return lower <= 1
}

// cutPrefixFold is strings.CutPrefix ignoring ASCII case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}
