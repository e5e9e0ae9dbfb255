package berita

import (
	"bytes"
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
	colon := strings.IndexByte(s, ':') >= 0
	if !colon {
		switch lowerByte(s[0]) {
		case '(', 'l', 'd', 'o', 'b':
		default:
			return false // no bracket, "Laporan", verb ("Ditulis"), "Oleh" nor "By"
		}
	}
	if s[0] == '(' && s[len(s)-1] == ')' {
		// "(Reporter: Nama | Editor: Nama)", "(Ditulis oleh Nama)": a
		// credit line in brackets, else a sign-off.
		if in := strings.TrimSpace(s[1 : len(s)-1]); in != "" && in[0] != '(' && st.credit(in) {
			return true
		}
		return st.signOff(s[1 : len(s)-1])
	}
	switch lowerByte(s[0]) {
	case 'l':
		if rest, ok := cutPrefixFold(s, "Laporan "); ok {
			return st.reportLine(rest)
		}
	case 'd':
		for _, p := range creditVerbs {
			if rest, ok := cutPrefixFold(s, p); ok {
				s = rest // "Ditulis oleh Nama": the verb before the label
				break
			}
		}
	}
	if !colon { // the verbs hold no colon: s holds one as it did
		_, oleh := cutPrefixFold(s, "oleh ")
		_, by := cutPrefixFold(s, "by ")
		if !oleh && !by {
			return false // every label but "Oleh" and "By" needs its colon
		}
	}
	return st.labelled(s, false)
}

// creditVerbs may stand before a credit's label, lower-cased: "Ditulis
// oleh Nama".
var creditVerbs = []string{"ditulis ", "dilaporkan ", "disunting "}

// labelled reads credit text made of labels and names: "Penulis: A |
// Editor: B", "Reporter : A Redaktur : B", "Rep: A Red: B". With loose, a
// label needs no colon ("Penulis A"), as bylines print it.
func (st *state) labelled(s string, loose bool) bool {
	type seg struct {
		label   int // index in creditLabels
		start   int // where the name starts
		labelAt int
	}
	var segs []seg
	for i := 0; i < len(s); {
		if !loose && len(segs) == 0 && strings.Trim(s[:i], " |,") != "" {
			return false // a label further on cannot be the first (below)
		}
		// A label starts a word, or is glued to the name before it by a
		// scraper that lost a line break: "Reporter: MelkyEditor: Nama".
		glued := i > 0 && isLowerByte(s[i-1]) && isUpperByte(s[i])
		if i > 0 && isWordByte(s[i-1]) && !glued {
			i++
			continue
		}
		matched := false
		first := lowerByte(s[i])
		for li, c := range creditLabels {
			if c.label[0] != first {
				continue // the labels are lower-case ASCII: only ASCII folds to them
			}
			rest, ok := cutPrefixFold(s[i:], c.label)
			if !ok || rest != "" && isWordByte(rest[0]) || c.label == "by" && i > 0 {
				continue // "By" credits only at the start: "Photos by", "Designed by" are not bylines
			}
			j := len(s) - len(strings.TrimLeft(rest, " "))
			if j < len(s) && s[j] == ':' {
				j++
			} else if glued || !loose && c.label != "oleh" && c.label != "by" {
				continue
			}
			segs = append(segs, seg{label: li, start: j, labelAt: i})
			i, matched = j, true
			break
		}
		if !matched {
			i++
		}
	}
	// A byline may open with other things: "PERISTIWA | 17 Juni 2021 11:38 Reporter : Nama".
	if len(segs) == 0 || !loose && strings.Trim(s[:segs[0].labelAt], " |,") != "" {
		return false
	}
	type credit struct {
		role  creditRole
		names string
	}
	var found []credit
	for k, sg := range segs {
		end := len(s)
		if k+1 < len(segs) {
			end = segs[k+1].labelAt
		}
		names := s[sg.start:end]
		if i := strings.IndexByte(names, '|'); i >= 0 {
			names = names[:i] // "Reporter : Nama | Jumat, 19 Juni 2015 03:40"
		}
		if i := pipeAsI(names); i > 0 {
			names = names[:i] // "Penulis: Nama Dua I Kota Tiga": the "|" typed as a capital I
		}
		names = strings.Trim(names, " |,;")
		if k := camelBreak(names); k > 0 && looksLikeName(names[:k]) && len(strings.Fields(names[k:])) > 1 {
			names = names[:k] // "Nama PenulisDosen Fakultas Hukum": the writer's description glued on
		}
		if i := strings.IndexByte(names, '/'); i > 0 && len(strings.Fields(names[i+1:])) > 3 {
			names = strings.TrimSpace(names[:i]) // "Nama / Madrasah …": the writer's school or office
		}
		if names == "" {
			continue
		}
		if n := st.cleanName(names); !(looksLikeName(n) && plausibleName(n)) && creditLabels[sg.label].role != roleSource {
			return false
		}
		found = append(found, credit{creditLabels[sg.label].role, names})
	}
	if len(found) == 0 {
		return false
	}
	for _, c := range found {
		switch c.role {
		case roleEditor:
			for _, n := range commaNames(c.names) {
				st.addName(&st.a.Editors, n)
			}
		case roleSource:
			st.addName(&st.a.Sources, c.names)
		default:
			for _, n := range st.splitNames(c.names) {
				st.addName(&st.a.Authors, n)
			}
		}
	}
	return true
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
			if p = strings.TrimSpace(p); !isOutletName(p) {
				st.addName(&st.a.Authors, p) // not the outlet again: "(Warta.com/Warta.com)"
			}
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
		// A staff code may end in a digit that tells two alike apart: "nu2".
		if d := strings.TrimRight(p, "0123456789"); len(d) >= 2 && len(p)-len(d) <= 1 {
			p = d
		}
		for i := 0; i < len(p); i++ {
			if !isLowerByte(p[i]) && !isUpperByte(p[i]) {
				return false
			}
		}
		// "vyp", "ANT", and Liputan6's "Mvi/Ali"
		if strings.ToLower(p) != p && strings.ToUpper(p) != p && strings.ToLower(p[1:]) != p[1:] {
			return false
		}
	}
	return len(parts) > 0
}

// reportLine reads what follows "Laporan": "Wartawan Tribunnews.com, Nama",
// "Reporter Tribun Medan, Nama", "Nama | Aceh Tamiang".
func (st *state) reportLine(s string) bool {
	role := false
	for _, w := range reporterRoles {
		if rest, ok := cutPrefixFold(s, w+" "); ok {
			s, role = rest, true
			if i := strings.LastIndexByte(s, ','); i >= 0 {
				s = s[i+1:]
			} else if o, name, ok := strings.Cut(s, " "); ok && strings.IndexByte(o, '.') > 0 && isOutletName(o) {
				// "Wartawan Warta.com Nama dari Tempat": the outlet's domain, no comma.
				s, _, _ = strings.Cut(name, " dari ")
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
	} else if !role {
		return false // "Laporan Keuangan Tahunan": a subheading, not a credit
	}
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if !looksLikeName(s) {
		return false
	}
	for _, n := range st.splitNames(s) {
		st.addName(&st.a.Authors, n)
	}
	return true
}

// openingCredit reads s, the line that opens a text body just above its
// dateline, as the writer's credit when it has a credit's shape: "Laporan"
// and a name, with the writer's role, outlet or place or none of them
// ("Laporan Pramita Kusumaningrum", "Laporan Idris Ismail I Pidie Jaya",
// "Laporan Reporter Tribun Jogja Nama Penulis", "Laporan Langsung Reporter
// Warta.com Nama dari Tokyo"), or "Oleh:" and a name, which the writer's
// description may follow glued or after a comma ("Oleh: Nama
// PenulisMahasiswa Fakultas Hukum"). outlet is the dateline's outlet
// ("TRIBUNJOGJA.COM"), which the credit may name in words. Above a
// dateline such a line is no headline: its place there is the credit's.
// A name is a proper noun, which the text never writes in lower case:
// lower reports whether it writes a word so, and a headline that opens with
// "Laporan" ("Laporan Keuangan Tahunan", "Laporan Intelijen Sebut …") has
// such words. It records the names and reports whether s was one.
func (st *state) openingCredit(s, outlet string, lower func(string) bool) bool {
	if len(s) > maxCredit {
		return false
	}
	if rest, ok := cutPrefixFold(s, "Oleh"); ok && rest != "" && (rest[0] == ':' || rest[0] == ' ') {
		// "Oleh: Nama, dosen …"; credit reads "Oleh: NamaDosen …".
		name, _, _ := strings.Cut(strings.TrimLeft(rest, ": "), ",")
		return st.openingName(name, lower) || st.credit(s)
	}
	if st.credit(s) {
		return true
	}
	rest, ok := cutPrefixFold(s, "Laporan ")
	if !ok {
		return false
	}
	if r, ok := cutPrefixFold(rest, "Langsung "); ok {
		// "Laporan Langsung Reporter …": reporting from the scene. What
		// follows "Laporan" alone credit has read already.
		if rest = r; st.reportLine(rest) {
			return true
		}
	}
	for _, w := range reporterRoles {
		if r, ok := cutPrefixFold(rest, w+" "); ok {
			// The outlet in words before the name: the words that spell
			// the dateline's outlet ("Tribun Jogja" of TRIBUNJOGJA.COM).
			n := spelledOutlet(r, outlet)
			if n == 0 {
				return false
			}
			rest = r[n:]
			break
		}
	}
	rest, _, _ = strings.Cut(rest, " dari ") // "… Nama dari Osaka"
	// A capital "I" or a small "l" between the name and the place stands
	// for the bar: "Laporan Nama Penulis I Bireuen".
	if i := pipeAsI(rest); i > 0 {
		rest = rest[:i]
	} else if name, place, ok := strings.Cut(rest, " l "); ok && isPlace(strings.TrimSpace(place)) {
		rest = name
	}
	return st.openingName(rest, lower)
}

// opensCredit reports whether s opens as an opening credit may: with
// "Laporan" or "Oleh".
func opensCredit(s string) bool {
	_, laporan := cutPrefixFold(s, "Laporan ")
	_, oleh := cutPrefixFold(s, "Oleh")
	return laporan || oleh
}

// openingName records s as the writer named by an opening credit when it
// reads as a person's name of two to four words, none of which the text
// writes in lower case (lower).
func (st *state) openingName(s string, lower func(string) bool) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || !looksLikeName(s) || st.isOutlet(s) {
		return false
	}
	for _, w := range words {
		if lower(strings.ToLower(w)) {
			return false
		}
	}
	st.addName(&st.a.Authors, s)
	return true
}

// spelledOutlet returns the length of the words that open s and spell outlet
// (letters compared without case, its domain's ending ignored), with the
// space after them, or 0: "Tribun Jogja Nama" spells "TRIBUNJOGJA.COM" in
// its first two words.
func spelledOutlet(s, outlet string) int {
	want := strings.ToLower(outlet)
	if i := strings.IndexByte(want, '.'); i > 0 {
		want = want[:i]
	}
	if want == "" {
		return 0
	}
	got := 0 // the letters of want matched so far
	for i := 0; i < len(s); i++ {
		c := lowerByte(s[i])
		switch {
		case c == ' ':
			if got == len(want) {
				return i + 1
			}
		case got < len(want) && c == want[got]:
			got++
		default:
			return 0
		}
	}
	return 0
}

// reporterRoles are the roles an opening credit names before the outlet
// and the writer: "Laporan Wartawan Warta.com, Nama".
var reporterRoles = []string{"Wartawan", "Reporter", "Kontributor", "Koresponden"}

// A creditRole is what a credit label credits.
type creditRole uint8

const (
	roleAuthor creditRole = iota
	roleEditor
	roleSource
)

// creditLabels are the labels of credit lines, longest first where one
// is a prefix of another.
var creditLabels = []struct {
	label string
	role  creditRole
}{
	{"penulis", roleAuthor}, {"reporter", roleAuthor}, {"rep", roleAuthor}, {"pewarta", roleAuthor},
	{"wartawan", roleAuthor}, {"oleh", roleAuthor}, {"kontributor", roleAuthor}, {"author", roleAuthor},
	{"writer", roleAuthor}, {"editor", roleEditor}, {"redaktur", roleEditor}, {"red", roleEditor},
	{"penyunting", roleEditor}, {"editing", roleEditor}, {"sumber", roleSource}, {"jurnalis", roleAuthor},
	{"by", roleAuthor},
}

// addName appends a cleaned name to list unless it is there already or,
// for a writer or an editor, cannot be a person's name (plausibleName).
func (st *state) addName(list *[]string, name string) {
	name = st.cleanName(name)
	if name == "" || list != &st.a.Sources && !plausibleName(name) {
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
func (st *state) cleanName(s string) string {
	s = strings.TrimSpace(s)
	// "Nama (The Jakarta Post)", "Nama (Antara)": the outlet in brackets.
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		if in := strings.TrimSpace(s[i+1 : len(s)-1]); isOutletName(in) || st.table().byName(in) != nil {
			s = strings.TrimSpace(s[:i])
		}
	}
	for _, sep := range []string{" - ", " – ", " — "} {
		if i := strings.Index(s, sep); i > 0 {
			s = s[:i]
		}
	}
	// "Nama / ANT", "Nama/Antara": the agency or desk after a slash.
	if i := strings.LastIndexByte(s, '/'); i > 0 {
		if after := strings.Trim(s[i+1:], " ()"); st.isOutlet(after) || wireAgencies[strings.ToLower(after)] || isCapsCode(after) {
			s = strings.TrimSpace(s[:i])
		}
	}
	// "Nama*": an opinion writer's footnote mark; "‘Nama’": quoted.
	return strings.Trim(s, " ,.;:|/()*'‘’")
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

// isOutlet reports whether s names an outlet: the page's own, one in the
// table, or a name with a news domain ("Kompas.com").
func (st *state) isOutlet(s string) bool {
	if s == "" {
		return false
	}
	if st.a == nil {
		return isOutletName(s) || st.table().byName(s) != nil
	}
	if o := strings.TrimSuffix(strings.ToLower(st.a.Outlet), ".com"); o != "" && strings.TrimSuffix(strings.ToLower(s), ".com") == o {
		return true
	}
	return isOutletName(s) || st.table().byName(s) != nil
}

// cutPrefixFold is strings.CutPrefix ignoring ASCII case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// isRoman reports whether w is a Roman numeral in capitals ("IV", "XII").
func isRoman(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'I', 'V', 'X', 'L', 'C', 'M':
		default:
			return false
		}
	}
	return w != "" && len(w) <= 4
}

// isCapsCode reports whether s is an agency's or desk's code in capitals:
// "ANT", "AFP", "RTR".
func isCapsCode(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isUpperByte(s[i]) {
			return false
		}
	}
	return true
}

// isDeskCode reports whether s is a desk code such as Media Indonesia's
// "E-3" or "H-4": one to three capitals, a hyphen, a number.
func isDeskCode(s string) bool {
	letters, digits := 0, 0
	i := 0
	for i < len(s) && isUpperByte(s[i]) {
		i, letters = i+1, letters+1
	}
	if letters == 0 || letters > 3 || i >= len(s) || s[i] != '-' {
		return false
	}
	for i++; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		digits++
	}
	return i == len(s) && digits > 0 && digits <= 2
}

// creditLabelled reports whether a block of the page opens with a credit
// label and a colon ("Penulis: Nama", "Red : Nama", "Oleh Nama"), and
// whether it is the label alone ("Penulis", "Editor :"), as a table cell or
// a definition term prints it before the cell that holds the name.
func creditLabelled(b []byte) (bare, ok bool) {
	var buf [12]byte
	w := buf[:0]
	i := 0
	for ; i < len(b) && isASCIILetter(b[i]); i++ {
		if len(w) == cap(w) {
			return false, false
		}
		w = append(w, lowerByte(b[i]))
	}
	label := -1
	for li, c := range creditLabels {
		if string(w) == c.label {
			label = li
			break
		}
	}
	if label < 0 {
		return false, false
	}
	short := len(w) <= 3 // "Rep", "Red": only with a colon and a name
	rest := bytes.TrimLeft(b[i:], " ")
	switch {
	case len(rest) == 0 || rest[0] == ':' && len(bytes.Trim(rest[1:], " ")) == 0:
		return !short, !short
	case rest[0] != ':':
		return false, string(w) == "oleh" || string(w) == "by"
	}
	return false, true
}

// plausibleName is the gate every credited name passes, whichever front end
// or source found it. A name holds a letter, and is not a date or a time, a
// day or month name, a page's label ("Halaman 2", "Selanjutnya"), a picture
// credit ("Foto: ...", "dok. ..."), or a sentence.
func plausibleName(s string) bool {
	if s == "" || len(s) > 80 || strings.ContainsAny(s, "!?\"“”") {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 8 {
		return false // a sentence, or a heading
	}
	letter, calendar := false, true
	for _, w := range words {
		for _, r := range w {
			if unicode.IsLetter(r) {
				letter = true
				break
			}
		}
		if cw, _ := calWordAt(strings.ToLower(w), 0); cw.month == 0 && !cw.isDay && !isAllDigits(strings.Trim(w, ",.")) {
			calendar = false
		}
	}
	if !letter || calendar || dateAt(s) >= 0 {
		return false
	}
	first := strings.ToLower(strings.Trim(words[0], ":.,"))
	return !notNameWords[first]
}

// notNameWords are words a name never opens with: page labels and
// headings ("Halaman", "Baca", "Topik"), picture credits ("Foto", "dok"),
// and the credit words whose rest is a subheading ("Laporan Khusus").
var notNameWords = map[string]bool{
	"halaman": true, "selanjutnya": true, "sebelumnya": true, "berikutnya": true, "next": true, "prev": true,
	"previous": true, "page": true, "baca": true, "lihat": true, "topik": true, "tag": true, "tags": true,
	"komentar": true, "share": true, "bagikan": true, "kredit": true, "credits": true, "foto": true, "photo": true,
	"dok": true, "dokumentasi": true, "ilustrasi": true, "video": true, "laporan": true, "berita": true,
	"home": true, "beranda": true, "indeks": true, "index": true, "loading": true,
}

// isAllDigits reports whether s is a non-empty run of ASCII digits.
func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// dateAt returns where a date or a time of day starts in s, or -1: the
// "30 Jan 2017, 03:00 WIB" that bylines print after the name.
func dateAt(s string) int {
	for i := 0; i < len(s); i++ {
		if !tokenStart(s, i) {
			continue
		}
		if isDigit(s[i]) {
			if !numberStart(s, i) {
				continue
			}
			if _, ok := scanClock(s, i, false); ok {
				return i
			}
		}
		if d, ok := scanDate(s, i); ok && d.bad == "" {
			return i
		}
	}
	return -1
}

// pipeAsI returns where a credit's name is followed by a place after a
// capital "I" standing as a word where "|" was meant ("Dede Rosadi I Aceh
// Singkil"), or -1. The "I" must come after two words of the name and
// before a capitalised word: a Balinese name opens with "I" ("I Made
// Wirawan"), a regnal number closes one ("Hamengku Buwono I").
func pipeAsI(s string) int {
	i := strings.Index(s, " I ")
	if i < 0 || strings.IndexByte(s[:i], ' ') < 0 || i+3 >= len(s) || !isUpperByte(s[i+3]) {
		return -1
	}
	return i
}
