package berita

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Captions and photo credits. Indonesian outlets credit every photo, and
// print the credit where their style puts it: in brackets after the caption
// ("… di Jakarta. (KOMPAS.com/NAMA)", "(Indonesian Navy via AP)"), after a
// label ("Foto: ANTARA/Nama", "Dok. Istimewa"), or closing the caption's
// last sentence with no mark at all ("… (1/7/2024). ANTARA FOTO/Nama/nz.").
// The credit is the photographer or agency as printed, without the "Foto:"
// label; "Dok." ("dokumentasi") is part of what is printed.

// photoLabels open a photo credit that closes a caption; the labels up to
// photoLabelKept are dropped from the credit, the others are part of it.
var photoLabels = []string{"Mandatory Credit:", "Foto:", "Foto :", "FOTO:", "FOTO :", "Photo:", "Photo by", "Foto oleh", "Sumber foto:", "Sumber:",
	"Source:", "Credit:", "Kredit:", "©", "Dok.", "Dok:", "Doc.", "Dokumentasi"}

// photoLabelKept is where the labels kept in the credit start: "©", "Dok.".
const photoLabelKept = 13

// labelBefore returns where a label dropped from credits ("Foto:") stands
// right before the credit at s[at:], or at.
func labelBefore(s string, at int) int {
	before := strings.TrimRight(s[:at], " ")
	for _, l := range photoLabels[:photoLabelKept] {
		if strings.HasSuffix(before, l) && len(before) > len(l) {
			return len(before) - len(l)
		}
	}
	return at
}

// anyBefore reports whether photoLabels[k] may stand glued to the word before
// them: "…dikenangMandatory Credit:", "…musikal/©KapanLagi.com".
func anyBefore(k int) bool { return k == 0 || photoLabels[k] == "©" }

// photoCreditOpeners open a photo credit printed alone: a handout, a screenshot, a
// picture's source.
var photoCreditOpeners = []string{"istimewa", "dok.", "dok ", "doc.", "dokumentasi", "courtesy", "handout", "tangkapan layar",
	"screenshot", "foto:", "foto :", "photo:", "sumber:", "source:", "credit:", "kredit:"}

// isPhotoCreditText reports whether s, the whole of a text, credits a
// photo and says nothing more: "ANTARA FOTO/Nama", "KOMPAS.com/NAMA",
// "Edi Wahyono/detikcom", "Indonesian Navy via AP", "Dok. Istimewa",
// "Reuters". A credit is a few names: its words open with a capital, but
// for the small words of a credit ("via", "by") and addresses
// ("instagram.com/nama"); a date ("23/1/2021") is none.
func isPhotoCreditText(s string) bool {
	if len(s) > 90 {
		return false
	}
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if s == "" || len(s) > 80 || strings.ContainsAny(s, "!?;()\"“”") {
		return false
	}
	for _, o := range photoCreditOpeners {
		if len(s) >= len(o) && lowerByte(s[0]) == o[0] && strings.EqualFold(s[:len(o)], o) {
			return wordCount(s) <= 8 && strings.IndexByte(s, ',') < 0
		}
	}
	words, letters := 0, false
	for w := range strings.FieldsSeq(s) {
		if words++; words > 8 {
			return false
		}
		c := w[0]
		switch {
		case isLowerByte(c) && !creditSmallWords[w] && !strings.ContainsAny(w, "./"):
			return false // a sentence's word
		case isASCIILetter(c) || c >= utf8.RuneSelf:
			letters = true
		}
	}
	return letters && creditShape(s, words)
}

// creditShape reports whether s, a short text of the given number of
// words, is shaped as a photo credit: an outlet or agency and a name joined
// by a slash, a photo "via" an agency, a "Foto"/"Dok." label, or an
// agency's name (in capitals, three words at most).
func creditShape(s string, words int) bool {
	if strings.Contains(s, "/") || strings.Contains(s, " via ") {
		return true
	}
	for _, l := range []string{"Foto", "FOTO", "Photo", "Dok", "Doc", "Sumber"} {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return wireAgencies[strings.ToLower(s)] || isCapsByline(s) && words <= 3
}

// creditSmallWords are the lower-case words a photo credit may hold.
var creditSmallWords = map[string]bool{"via": true, "by": true, "oleh": true, "dan": true, "and": true, "of": true, "for": true, "de": true, "van": true, "bin": true}

// splitCredit splits a caption as printed into its text and its photo
// credit; a text that is only a credit gives no caption. An outlet that
// adds its own credit line after the agency's caption ("… (AP Photo/Nama)
// Foto: AP/Nama") has it taken as the credit, and the agency's is cut too.
// The label of a picture's button read with its box ("Lihat Foto",
// "Perbesar") is not the caption.
func splitCredit(s string) (caption, credit string) {
	s = trimPhotoButtons(s)
	caption, credit = splitCredit1(s)
	for credit != "" && caption != "" && mayCredit(caption) {
		c, cr := splitCredit1(caption)
		if cr == "" || c == "" {
			break
		}
		caption = c
	}
	return caption, credit
}

// mayCredit reports whether the end of a caption may hold a credit at all:
// every shape splitCredit1 reads has a slash, a colon, a bracket, a "©" or
// a "Dok."/"Doc." there.
func mayCredit(s string) bool {
	t := s[max(0, len(s)-80):]
	return strings.ContainsAny(t, "/:)©") || strings.Contains(t, "Do")
}

// splitCredit1 cuts the photo credit that closes a caption.
func splitCredit1(s string) (caption, credit string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ""
	}
	if inner, ok := bracketed(s); ok && isPhotoCreditText(inner) {
		return "", trimCreditLabel(inner)
	}
	if isPhotoCreditText(s) {
		return "", trimCreditLabel(s)
	}
	// In brackets closing the caption: "… Bali. (Liputan6.com/Johan Fatzry)";
	// brackets glued to the caption's last word hold its credit whatever
	// it says, a field printed after another: "… Raja Ampat(Auriga Nusantara)".
	if t := strings.TrimRight(s, ". "); strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 {
			in := t[i+1 : len(t)-1]
			if isPhotoCreditText(in) || isLetterByte(t[i-1]) && gluedCredit(in) {
				return trimCaptionLabel(t[:i]), trimCreditLabel(in)
			}
		}
	}
	// After a label: "… Jakarta. Foto: ANTARA/Nama", "… warga. Dok. Istimewa";
	// an agency's "Mandatory Credit:" may be glued to the caption's last word.
	at, atEnd := -1, -1 // the last label that opens a credit, in the caption's last 80 bytes
	from := max(0, len(s)-80)
	colon := strings.IndexByte(s[from:], ':') >= 0
	for k, l := range photoLabels {
		if !colon && l[len(l)-1] == ':' {
			continue
		}
		i := strings.LastIndex(s[from:], l)
		if i < 0 {
			continue
		}
		if i += from; i <= at || i < atEnd || i <= 0 || !anyBefore(k) && s[i-1] != ' ' && s[i-1] != '.' && s[i-1] != '(' && s[i-1] != '|' {
			continue // an earlier label's, or inside a word
		}
		if rest := strings.TrimSuffix(s[i+len(l):], "."); strings.TrimSpace(rest) != "" && !strings.ContainsAny(rest, "!?") && !sentenceIn(rest) {
			at, atEnd = i, i+len(l)
		}
	}
	if at > 0 {
		at = labelBefore(s, at) // "Foto: Dok. Desa": the label is not the caption's
		return trimCaptionLabel(strings.TrimRight(s[:at], " (|-–/")), trimCreditLabel(s[at:])
	}
	// Closing the last sentence with no mark: "… (1/7/2024). ANTARA FOTO/Nama/nz."
	t := strings.TrimSuffix(s, ".")
	if i := strings.LastIndex(t, ". "); i > 0 {
		if tail := t[i+2:]; strings.Contains(tail, "/") && isUpperByte(tail[0]) && isPhotoCreditText(tail) {
			return trimCaptionLabel(t[:i+1]), trimCreditLabel(tail)
		}
	}
	return trimCaptionLabel(s), ""
}

// sentenceIn reports whether s holds the end of a sentence followed by
// another: a period, a space and a lower-case word ("M. Akrom", an
// initial, is a name).
func sentenceIn(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; i = strings.Index(s, ". ") {
		if i+2 < len(s) && !isUpperByte(s[i+2]) {
			return true
		}
		s = s[i+2:]
	}
	return false
}

// gluedCredit reports whether the inside of brackets glued to a caption's
// last word reads as a credit: one to six words, each opening with a
// capital, no digits.
func gluedCredit(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 6 || !isUpperByte(w[0]) {
			return false
		}
	}
	return n > 0 && !strings.ContainsAny(s, "0123456789")
}

func isLetterByte(c byte) bool { return isASCIILetter(c) || c >= utf8.RuneSelf }

// photoButtons are the labels outlets print on a picture's buttons: to see
// it bigger, or in its gallery.
var photoButtons = []string{"Lihat Foto", "Perbesar", "Klik untuk memperbesar", "Lihat Galeri", "Zoom"}

// trimPhotoButtons cuts the labels of a picture's buttons from the ends of
// the text of its box.
func trimPhotoButtons(s string) string {
	for _, b := range photoButtons {
		if len(s) < len(b) {
			continue
		}
		if lowerByte(s[0]) == lowerByte(b[0]) && strings.EqualFold(s[:len(b)], b) && (len(s) == len(b) || s[len(b)] == ' ') {
			s = strings.TrimSpace(s[len(b):])
		}
		if n := len(s) - len(b); n >= 0 && lowerByte(s[n]) == lowerByte(b[0]) && strings.EqualFold(s[n:], b) && (n == 0 || s[n-1] == ' ') {
			s = strings.TrimSpace(s[:n])
		}
	}
	return s
}

// bracketed returns the inside of s when brackets enclose the whole of it.
func bracketed(s string) (string, bool) {
	if len(s) < 2 || s[0] != '(' || s[len(s)-1] != ')' || strings.IndexByte(s[1:], '(') >= 0 {
		return "", false
	}
	return s[1 : len(s)-1], true
}

// trimCreditLabel returns a credit without the brackets around it, its
// closing period and the label that says it is one ("Foto:", "Sumber:");
// "Dok. Istimewa" stays as it is.
func trimCreditLabel(c string) string {
	c = strings.TrimSpace(c)
	if in, ok := bracketed(c); ok {
		c = strings.TrimSpace(in)
	}
	for _, l := range photoLabels[:photoLabelKept] {
		if rest, ok := cutPrefixFold(c, l); ok {
			c = strings.TrimSpace(rest)
			break
		}
	}
	return strings.TrimSpace(strings.TrimSuffix(c, "."))
}

// trimCaptionLabel returns a caption without the "Foto:" label that opens it.
func trimCaptionLabel(c string) string {
	c = strings.TrimSpace(c)
	for _, l := range photoLabels[1:6] {
		if rest, ok := cutPrefixFold(c, l); ok {
			return strings.TrimSpace(rest)
		}
	}
	return c
}

// captionLine takes a line of the body that is a photo's caption (at is its
// block) as the caption of the picture it follows, with no paragraph
// between (lastAt is the block of the last paragraph kept): a caption the
// page printed as a paragraph under its picture. A caption with no picture
// before it (a plain text's, a picture the page draws by script) is a
// picture of its own, without an address.
func (st *state) captionLine(t string, at, lastAt int) {
	caption, credit := splitCredit(t)
	if caption == "" && credit == "" {
		return
	}
	k := len(st.pics) - 1 // the last picture standing before the line
	for k >= 0 && st.pics[k].at > at {
		k--
	}
	if k >= 0 && st.pics[k].at > lastAt {
		switch p := &st.pics[k]; {
		case p.Caption == "" && p.Credit == "":
			p.Caption, p.Credit = caption, credit
			return
		case p.Caption == caption:
			return // its caption printed again
		}
	}
	i, _ := slices.BinarySearchFunc(st.pics, at+1, func(p picture, at int) int { return p.at - at })
	st.pics = slices.Insert(st.pics, i, picture{Image{Caption: caption, Credit: credit}, at})
}

// placeMedia sets the Article's pictures and embeds, each before the first
// paragraph whose block (paraAt) does not stand before it.
func (st *state) placeMedia(paraAt []int) {
	a := st.a
	// paragraphAt returns the paragraph a medium at block at stands before;
	// the media are in block order, so the search goes on from the last.
	paragraphAt := func(j *int, at int) int {
		for *j < len(paraAt) && paraAt[*j] < at {
			*j++
		}
		return *j
	}
	if len(st.pics) > 0 {
		a.Images = make([]Image, 0, len(st.pics))
		j := 0
		for _, p := range st.pics {
			p.Paragraph = paragraphAt(&j, p.at)
			a.Images = append(a.Images, p.Image)
		}
	}
	if len(st.embeds) > 0 {
		a.Embeds = make([]Embed, 0, len(st.embeds))
		j := 0
		for _, e := range st.embeds {
			e.Paragraph = paragraphAt(&j, e.at)
			a.Embeds = append(a.Embeds, e.Embed)
		}
	}
}
