package berita

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A cue is a marker that interrupts running text: a related-link label
// ("Baca juga:"), a bullet of a link list, or an ad or follow prompt.
type cue struct {
	text string // as matched, lower-cased
	kind cueKind
}

type cueKind uint8

const (
	cueRelated cueKind = iota // a label, then a colon, then a linked title
	cueBullet                 // "• Title", a list of links glued into the text
	cueNoise                  // an ad marker or prompt, dropped
)

// relatedLabels are the labels outlets put before a link to another of their
// articles inside the body, lower-cased. Each must be followed by a colon.
var relatedLabels = []string{
	"baca juga", "baca pula", "baca", "simak juga", "lihat juga", "cek juga",
	"artikel terkait", "berita terkait", "pilihan editor", "baca selengkapnya",
	"baca berita lainnya", "klik juga", "read also", "read more", "also read",
}

// inlineNoise are markers that scrapers glue into the text: ad slots
// (detik, CNN Indonesia: "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT") and
// Kompas's newsletter prompt. Matched case-sensitively as printed.
var inlineNoise = []string{
	"ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT",
	"SCROLL TO CONTINUE WITH CONTENT",
	"ADVERTISEMENT",
	"Dapatkan informasi dan insight pilihan redaksi Kompas.com",
	"Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar.",
	"Segera lengkapi data dirimu untuk ikutan program #JernihBerkomentar",
}

// An inlineNoiseGroup is a marker of inlineNoise that opens no other one,
// its head, with the markers that open with it (itself among them), in
// inlineNoise's order: where the head first stands, the first of them that
// stands there is the one nextCue takes, and none stands before. kind is
// the group's own bit of a cueSet.
type inlineNoiseGroup struct {
	head    string
	markers []string
	kind    cueSet
}

// inlineNoiseGroups group inlineNoise by head, so one search finds a group.
var inlineNoiseGroups = func() (groups []inlineNoiseGroup) {
	for _, n := range inlineNoise {
		head := true // no other marker opens n
		for _, m := range inlineNoise {
			if m != n && strings.HasPrefix(n, m) {
				head = false
			}
		}
		if !head {
			continue
		}
		g := inlineNoiseGroup{head: n, kind: mayNoise << len(groups)}
		for _, m := range inlineNoise {
			if strings.HasPrefix(m, n) {
				g.markers = append(g.markers, m)
			}
		}
		groups = append(groups, g)
	}
	return groups
}()

// A cueSet holds kinds of marker that a text may hold: those of which it
// holds a word (cueWords). The text is searched for them once, and its
// lines are not searched for markers it has none of.
type cueSet uint16

const (
	mayPost        cueSet = 1 << iota // postEmbeds
	mayBullet                         // a bullet, "• "
	mayLongDash                       // an en or em dash, which may close a label (dashCueAt)
	mayPlaceholder                    // an embed's placeholder, "[Gambas:Video CNN]"
	mayExclaim                        // an exclamation mark, where splitSentences may cut
	mayQuestion                       // a question mark, where splitSentences may cut
	mayNoise                          // the first group of inlineNoiseGroups, each the next bit
	anyCue         = ^cueSet(0)
)

// noiseWords are words of inlineNoise, one in each group's head.
var noiseWords = []string{"VERTISEMENT", "ONTINUE", "Dapatkan", "#JernihBerkomentar"}

// cueWords are parts of words of the markers, chosen to open with a byte
// text seldom has, so the search is quick: an embedded post that
// postEmbedAt takes names Instagram or, in its credit, the handle ("@");
// an embed's placeholder opens with a square bracket; the exclamation and
// question marks are the sentence ends splitSentences looks for besides
// the period;
// the bullet and the en and em dashes are found by the last byte of their UTF-8
// form, which news text's other runes seldom end with; each group of
// inlineNoise holds one of noiseWords. A word has no space and none of
// the bytes next to which lines are joined with no space ("(" before,
// ",;:.)" after), so it stands in a line of the text, joined or cut, only
// where it stands in the text.
var cueWords = func() []cueWord {
	words := []cueWord{{"Instagram", mayPost}, {"@", mayPost}, {"•"[2:], mayBullet}, {"–"[2:], mayLongDash}, {"—"[2:], mayLongDash}, {"[", mayPlaceholder}, {"!", mayExclaim}, {"?", mayQuestion}}
	for _, g := range inlineNoiseGroups {
		for _, w := range noiseWords {
			if strings.Contains(g.head, w) {
				words = append(words, cueWord{w, g.kind})
			}
		}
	}
	return words
}()

// A cueWord is a word whose markers a text may hold when it holds it.
type cueWord struct {
	word string
	kind cueSet
}

// cuesIn returns the kinds of marker of which one of texts holds a word.
// When ascii is set, the texts are known to be ASCII and hold none of the
// words that are not.
func cuesIn(ascii bool, texts ...string) cueSet {
	var set cueSet
	for _, w := range cueWords {
		if set&w.kind != 0 || ascii && w.word[0] >= utf8.RuneSelf {
			continue
		}
		for _, t := range texts {
			if strings.Contains(t, w.word) {
				set |= w.kind
				break
			}
		}
	}
	return set
}

// nextCue finds the first cue in s and returns its offset, or -1. The
// markers of the kinds not in may are not looked for.
func nextCue(s string, may cueSet) (int, cue) {
	best, bc := -1, cue{}
	groups := inlineNoiseGroups
	if may < mayNoise {
		groups = nil // no group's bit is set: they are mayNoise and up
	}
	for k := range groups {
		g := &groups[k]
		if may&g.kind == 0 {
			continue
		}
		i := indexWord(s, g.head)
		if i < 0 || best >= 0 && i >= best {
			continue
		}
		for _, n := range g.markers {
			if strings.HasPrefix(s[i:], n) {
				best, bc = i, cue{text: n, kind: cueNoise}
				break
			}
		}
	}
	if i, n := embedAt(s, may&mayPlaceholder != 0, may&mayPost != 0); i >= 0 && (best < 0 || i < best) {
		// An embed's placeholder ("[Gambas:Video CNN]") or an embedded
		// post's fallback text where the page showed a video or a post:
		// noise, and a paragraph break.
		best, bc = i, cue{text: s[i : i+n], kind: cueNoise}
	}
	if may&mayBullet != 0 {
		if i := strings.Index(s, "• "); i >= 0 && (best < 0 || i < best) {
			best, bc = i, cue{text: "• ", kind: cueBullet}
		}
	}
	region := s // only a label before the cues found so far can come first
	if best >= 0 && best+32 < len(s) {
		region = s[:best+32]
	}
	if i, l := dashCueAt(region, may&mayLongDash != 0); i >= 0 && (best < 0 || i < best) {
		best, bc = i, cue{text: l, kind: cueRelated}
	}
	// Labels: a capitalised "Baca juga" followed by a colon within a few
	// bytes, so only the bytes shortly before a colon are tried.
	colon := -1 // the first colon at or after i
	for i := 0; i < len(s) && (best < 0 || i < best); i++ {
		if colon < i {
			k := strings.IndexByte(s[i:], ':')
			if k < 0 {
				break
			}
			colon = i + k
		}
		if colon-i >= 24 {
			i = colon - 24 // the loop goes on at colon-23
			continue
		}
		if !labelOpeners[s[i]] {
			continue
		}
		if i > 0 && isWordByte(s[i-1]) && !isLowerByte(s[i-1]) {
			continue
		}
		if l, ok := labelAt(s[i:]); ok {
			best, bc = i, cue{text: l, kind: cueRelated}
			break
		}
	}
	return best, bc
}

// labelOpeners are the capitals that open a label nextCue looks for: those
// of relatedLabels and labelVerbs.
var labelOpeners = func() (t [256]bool) {
	for _, l := range slices.Concat(relatedLabels, labelVerbs) {
		t[l[0]-'a'+'A'] = true
	}
	return t
}()

// labelsByFirst indexes relatedLabels by their first byte: a label can
// only open s when s opens with its first letter in either case.
var labelsByFirst = byFirstByte(relatedLabels)

// labelAt reports whether s starts with a related-link label and its colon.
func labelAt(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	for _, l := range labelsByFirst[lowerByte(s[0])] {
		// The labels are lower-case ASCII: only ASCII folds to them, byte
		// by byte.
		if len(s) < len(l) || lowerByte(s[1]) != l[1] || lowerByte(s[len(l)-1]) != l[len(l)-1] || !strings.EqualFold(s[:len(l)], l) {
			continue
		}
		rest := strings.TrimLeft(s[len(l):], " ")
		if strings.HasPrefix(rest, ":") || dashLabel(l, s[len(l):]) {
			return l, true
		}
	}
	// A label phrase opens with one of labelVerbs.
	if len(labelVerbsByFirst[lowerByte(s[0])]) == 0 {
		return "", false
	}
	if n := labelPhrase(s); n > 0 {
		return s[:n], true
	}
	return "", false
}

// labelVerbs are the verbs that open a label of a link to more reading,
// lower-cased: "Baca", "Simak", "Lihat", "Cek", "Klik", and the "Yuk" of
// "Yuk baca juga".
var labelVerbs = []string{"baca", "simak", "lihat", "cek", "klik", "yuk"}

// labelVerbsByFirst holds labelVerbs by their first letter.
var labelVerbsByFirst = byFirstByte(labelVerbs)

// labelWords are the words that follow the verb in such a label, lower-cased:
// true for a word that says what follows is more reading ("juga",
// "lainnya", "artikel"), false for one that may only go with them ("ini",
// "menarik", "deh").
var labelWords = map[string]bool{
	"juga": true, "pula": true, "lainnya": true, "terkait": true, "selengkapnya": true, "lengkapnya": true,
	"artikel": true, "berita": true, "baca": false, "ini": false, "menarik": false, "deh": false,
	"populer": false, "terpopuler": false, "pilihan": false, "lain": false,
}

// labelPhrase returns the length of the label that opens s when it is not
// one of relatedLabels but has their shape: a capitalised verb of
// labelVerbs, one to four words of labelWords among which one says more
// reading follows, and a colon: "Baca artikel menarik lainnya:", "Simak
// berita lainnya:", "Baca Ini Juga Deh:", "Yuk baca juga:". It returns 0
// otherwise: "Simak daftarnya berikut ini:" opens a list of the body.
func labelPhrase(s string) int {
	if s == "" || !isUpperByte(s[0]) {
		return 0
	}
	verb := false
	for _, v := range labelVerbsByFirst[lowerByte(s[0])] {
		if len(s) > len(v) && s[len(v)] == ' ' && strings.EqualFold(s[:len(v)], v) {
			verb = true
			break
		}
	}
	if !verb {
		return 0
	}
	end := strings.IndexByte(s, ':')
	if end < 0 || end > 40 {
		return 0
	}
	words := strings.Fields(s[:end])
	if len(words) < 2 || len(words) > 5 {
		return 0
	}
	more := false
	for _, w := range words[1:] {
		says, ok := labelWords[strings.ToLower(w)]
		if !ok {
			return 0
		}
		more = more || says
	}
	if !more {
		return 0
	}
	return len(strings.TrimRight(s[:end], " "))
}

// labelEnd returns the offset in s just past the label c and its colon.
func labelEnd(s string, c cue) int {
	i := len(c.text)
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && s[i] == ':' {
		i++
	} else if dashLabel(c.text, s[len(c.text):]) {
		i += dashLen(s[i:])
	}
	return i
}

// dashLabel reports whether a label of two or more words is closed by a
// dash and a space instead of a colon, after a space: "BACA JUGA - Judul".
func dashLabel(label, after string) bool {
	return strings.IndexByte(label, ' ') > 0 && len(after) > 1 && after[0] == ' ' && dashLen(after[1:]) > 0
}

// dashLen returns the length of the dash and the space after it that open
// s ("- ", "– ", "— "), or 0.
func dashLen(s string) int {
	for _, d := range []string{"- ", "– ", "— "} {
		if strings.HasPrefix(s, d) {
			return len(d)
		}
	}
	return 0
}

// dashCueAt returns the start of the first related label in s closed by a
// dash ("…mumi.BACA JUGA - Judul", "BACA JUGA — Judul"), or -1: the label
// opens with a capital, after a non-letter or a lower-case letter a scraper
// glued it to. En and em dashes are looked for only when longDash is set.
func dashCueAt(s string, longDash bool) (int, string) {
	// The dashes of s, in order, from the third byte: a space and a label
	// stand before the dash.
	if !longDash {
		for dash := 2; dash < len(s); dash++ {
			k := strings.IndexByte(s[dash:], '-')
			if k < 0 {
				break
			}
			dash += k
			if st, l := dashLabelBefore(s, dash); st >= 0 {
				return st, l
			}
		}
		return -1, ""
	}
	// next holds where each kind is found next.
	dashes := [...]string{"-", "–", "—"}
	var next [len(dashes)]int
	for k := range dashes {
		next[k] = indexFrom(s, dashes[k], 2)
	}
	for {
		k := -1 // the kind found first
		for j := range dashes {
			if next[j] >= 0 && (k < 0 || next[j] < next[k]) {
				k = j
			}
		}
		if k < 0 {
			return -1, ""
		}
		dash := next[k]
		next[k] = indexFrom(s, dashes[k], dash+1)
		if st, l := dashLabelBefore(s, dash); st >= 0 {
			return st, l
		}
	}
}

// dashLabelBefore returns the start of the related label that the dash at
// s[dash:] closes, after a space, and the label; or -1.
func dashLabelBefore(s string, dash int) (int, string) {
	at := dash - 1 // the space before the dash
	if s[at] != ' ' || dashLen(s[dash:]) == 0 {
		return -1, ""
	}
	for _, l := range dashLabels {
		st := at - len(l)
		if st < 0 || !isUpperByte(s[st]) || !strings.EqualFold(s[st:at], l) {
			continue
		}
		if st == 0 || !isWordByte(s[st-1]) || isLowerByte(s[st-1]) {
			return st, l
		}
	}
	return -1, ""
}

// dashLabels are the relatedLabels a dash may close: those of two words or
// more (dashLabel).
var dashLabels = func() (labels []string) {
	for _, l := range relatedLabels {
		if strings.IndexByte(l, ' ') >= 0 {
			labels = append(labels, l)
		}
	}
	return labels
}()

// indexFrom returns the offset in s of the first sub at or after from, or
// -1. It looks for sub's last byte: the first byte of an en or em dash,
// 0xe2, opens the curly quotation marks too, the last seldom stands in
// text.
func indexFrom(s, sub string, from int) int {
	last := sub[len(sub)-1]
	for k := from + len(sub) - 1; k < len(s); k++ {
		i := strings.IndexByte(s[k:], last)
		if i < 0 {
			break
		}
		k += i
		if at := k + 1 - len(sub); s[at:k+1] == sub {
			return at
		}
	}
	return -1
}

// relatedLine splits a block that is a related link ("Baca juga: Judul")
// into its label as printed and the title.
func relatedLine(s string) (label, title string, ok bool) {
	// Some outlets print the line in parentheses or brackets: "(Baca juga:
	// Judul)", "[Baca juga: Judul]".
	if len(s) > 2 && (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	l, ok := labelAt(s)
	if !ok {
		return "", "", false
	}
	label = s[:len(l)]
	title = cleanTitle(s[labelEnd(s, cue{text: l}):])
	return label, title, title != ""
}

// gluedTitleList splits the titles of a list of links that a scraper glued
// one to the next after one label ("Judul SatuJudul Dua Lagi", "Judul
// Satu5 Judul Dua"), at every word glued at a capital or a number, when
// each part is a headline in title case. A
// title with no such glue, or whose parts are not all headlines, is one.
func gluedTitleList(title string) []string {
	glue := false // a lower-case letter before a capital or a digit
	for i := 1; i < len(title) && !glue; i++ {
		glue = isLowerByte(title[i-1]) && (isUpperByte(title[i]) || isDigit(title[i]))
	}
	if !glue {
		return []string{title}
	}
	var parts []string
	start := 0
	for i := 0; i < len(title); {
		j := strings.IndexByte(title[i:], ' ')
		if j < 0 {
			j = len(title)
		} else {
			j += i
		}
		if k := max(camelBreak(title[i:j]), digitGlue(title[i:j])); k > 0 {
			parts = append(parts, title[start:i+k])
			start = i + k
		}
		i = j + 1
	}
	if parts == nil {
		return []string{title}
	}
	parts = append(parts, title[start:])
	for _, p := range parts {
		if !titleCased(p) {
			return []string{title}
		}
	}
	return parts
}

// digitGlue returns where a number that opens the next title is glued to
// the word w of a list of titles ("Baja4" of "… Perusahaan Baja4 Member BTS
// …"): after three lower-case letters, digits to the end of w; else 0.
func digitGlue(w string) int {
	i := len(w)
	for i > 0 && isDigit(w[i-1]) {
		i--
	}
	if i == len(w) || i < 3 || !isLowerByte(w[i-1]) || !isLowerByte(w[i-2]) || !isLowerByte(w[i-3]) {
		return 0
	}
	return i
}

// cleanTitle trims a related title of the arrows and spaces around it, and
// of the bullet a list of links puts before each ("· Judul", "• Judul").
func cleanTitle(s string) string {
	return strings.Trim(strings.TrimLeft(s, " \t·•▪◦‣►▸"), " \t»›>|-–—:")
}

// offSite reports whether a related link leads off the page's own site: a
// "Lihat juga:" slot promoting another site's podcast or shop is an ad,
// not a related article. Sites are compared by registrable domain
// (news.example.co.id and www.example.co.id are one site); a link or page
// whose host is unknown (a relative URL) is not off site. It allocates
// nothing: it runs for every related link.
func offSite(page, link string) bool {
	p, l := siteDomain(urlHost(page)), siteDomain(urlHost(link))
	return p != "" && l != "" && !strings.EqualFold(p, l)
}

// urlHost returns the host of an absolute URL ("https://host/...",
// "//host/..."), or "" for a relative one.
func urlHost(u string) string {
	switch {
	case strings.HasPrefix(u, "//"):
		u = u[2:]
	case strings.HasPrefix(u, "http://"):
		u = u[len("http://"):]
	case strings.HasPrefix(u, "https://"):
		u = u[len("https://"):]
	default:
		return ""
	}
	if i := strings.IndexAny(u, "/?#:"); i >= 0 {
		u = u[:i]
	}
	return u
}

// siteDomain returns the registrable domain of a host: its last two labels,
// or three under a country's second-level domain (".co.id", ".go.id",
// ".co.uk"). Empty for a host that is not a domain name.
func siteDomain(host string) string {
	host = strings.TrimSuffix(host, ".")
	last := strings.LastIndexByte(host, '.')
	if last <= 0 || last == len(host)-1 {
		return ""
	}
	second := strings.LastIndexByte(host[:last], '.')
	// A country's second-level domain: two letters at the end, at most
	// three before them ("co.id", "go.id", "ac.uk").
	if len(host)-last-1 == 2 && last-second-1 <= 3 && second > 0 {
		if third := strings.LastIndexByte(host[:second], '.'); third >= 0 {
			return host[third+1:]
		}
		return host
	}
	return host[second+1:]
}

// relatedTitle finds where a related title that was glued into running text
// ends, and returns it and the text after it (may: the markers the text
// may hold, for nextCue). Indonesian headlines are in
// title case, so the title runs until the first word that is lower-case and
// not one of the small words headlines keep lower-case; the capitalised words
// just before that word start the next sentence.
func relatedTitle(s string, may cueSet) (title, after string) {
	s = strings.TrimLeft(s, " :")
	region := s
	if i, _ := nextCue(s, may); i >= 0 {
		region = s[:i]
	}
	var spans [64]span // a region's words, most often no more
	toks := appendSpans(spans[:0], region)
	if len(toks) == 0 {
		return "", s
	}
	// A short region is a title on its own line, which may be in sentence
	// case; only a glued word ends it early.
	// A region that ends a sentence with a period is a title glued to
	// the text after it, however short: a headline has no final period.
	long := len(toks) > 25 || strings.HasSuffix(strings.TrimRight(region, " \"”'’"), ".")
	cut := func(at int) (string, string) { return cleanTitle(s[:at]), s[at:] }
	for i, t := range toks {
		w := region[t.start:t.end]
		if i > 0 {
			if k := camelBreak(w); k > 0 {
				return cut(t.start + k)
			}
			// "Judul Berita 1. Moldova": a numbered subheading of the body
			// follows the title.
			if i+1 < len(toks) && numberedItem(region[t.start:]) > 0 && !numberWord(region[toks[i-1].start:toks[i-1].end]) {
				return cut(t.start)
			}
		}
		if !long {
			continue
		}
		core := strings.Trim(w, "\"“”'‘’(),:;")
		r, _ := utf8.DecodeRuneInString(core)
		if i > 0 && unicode.IsLower(r) && !titleSmallWords[strings.ToLower(core)] {
			return cut(toks[titleSentenceStart(region, toks, i)].start)
		}
		if i > 0 && endsSentence(w) {
			return cut(t.end)
		}
	}
	return cleanTitle(region), s[len(region):]
}

// numberWord reports whether w introduces a number in a title: "No.",
// "Nomor", "Top".
func numberWord(w string) bool {
	switch strings.ToLower(strings.TrimRight(w, ".")) {
	case "no", "nomor", "top", "nomer":
		return true
	}
	return false
}

// titleSentenceStart picks, for a lower-case word at e that cannot belong to a
// title, the first word of the sentence it belongs to.
func titleSentenceStart(s string, toks []span, e int) int {
	word := func(i int) string { return strings.ToLower(strings.Trim(s[toks[i].start:toks[i].end], ",.:;\"“”")) }
	// "... Film Dendam Malam Kelam Dendam Malam Kelam mengusung": the next
	// sentence repeats the title's last words as its subject.
	for n := 4; n >= 1; n-- {
		if e-2*n < 1 {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = word(e-n+k) == word(e-2*n+k)
		}
		if same {
			return e - n
		}
	}
	// "... Kambing Disebutkan Sapto Aji, ini adalah": an inverted reporting
	// clause opens with a passive verb.
	if strings.HasSuffix(s[toks[e-1].start:toks[e-1].end], ",") {
		for k := e - 1; k >= max(1, e-4); k-- {
			w := word(k)
			if strings.HasPrefix(w, "di") && (strings.HasSuffix(w, "kan") || strings.HasSuffix(w, "an")) || sentenceOpeners[w] {
				return k
			}
		}
	}
	return max(e-1, 1)
}

// titleSmallWords are the words Indonesian (and English) headlines leave in
// lower case.
var titleSmallWords = map[string]bool{
	"di": true, "ke": true, "dari": true, "dan": true, "yang": true, "untuk": true,
	"dengan": true, "lewat": true, "dalam": true, "pada": true, "atau": true,
	"hingga": true, "sampai": true, "vs": true, "vs.": true, "ala": true, "bagi": true,
	"oleh": true, "soal": true, "akan": true, "tak": true, "pun": true, "saat": true,
	"usai": true, "sebagai": true, "per": true, "agar": true, "jadi": true, "karena": true,
	"the": true, "of": true, "in": true, "on": true, "and": true, "for": true, "to": true,
	"a": true, "at": true, "by": true, "with": true,
}

// smallWordLengths holds, for each byte, the lengths of the titleSmallWords
// that open with it, a bit for each (the words are far shorter than 32
// bytes): most words are told from all of them with no map lookup.
var smallWordLengths = func() (t [256]uint32) {
	for w := range titleSmallWords {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// titleSmallWord reports whether w is one of titleSmallWords. A word of
// 32 bytes or more has no bit: a uint32 shifted that far is 0.
func titleSmallWord(w string) bool {
	return w != "" && smallWordLengths[w[0]]&(1<<len(w)) != 0 && titleSmallWords[w]
}

// sentenceOpeners are words that open a sentence after a glued title.
var sentenceOpeners = map[string]bool{
	"menurut": true, "sementara": true, "namun": true, "kata": true, "selain": true,
	"adapun": true, "sebelumnya": true, "kemudian": true, "sedangkan": true, "bahkan": true,
}

// camelBreak returns the offset inside w where two glued words meet
// ("SumateraWarga", "TNISeperti"), or 0.
func camelBreak(w string) int {
	for i := 1; i+1 < len(w); i++ {
		a, b, c := w[i-1], w[i], w[i+1]
		if isUpperByte(b) && isLowerByte(c) && (isLowerByte(a) && i >= 3 || isUpperByte(a) && i >= 2) {
			if len(w)-i >= 4 {
				if camelWords[strings.Trim(w, ",.:;")] {
					return 0
				}
				return i
			}
		}
	}
	return 0
}

// camelWords are brand names written in camel case.
var camelWords = map[string]bool{
	"YouTube": true, "WhatsApp": true, "TikTok": true, "LinkedIn": true, "PlayStation": true,
	"JavaScript": true, "McDonald's": true, "iPhone": true, "GoPay": true, "GoJek": true,
	"PayPal": true, "BlackBerry": true, "PowerPoint": true, "OpenAI": true, "ChatGPT": true,
}

// endsSentence reports whether a word ends with a question or exclamation
// mark or a period that is not an abbreviation's.
func endsSentence(w string) bool {
	w = strings.TrimRight(w, "\"”’')")
	if w == "" {
		return false
	}
	switch w[len(w)-1] {
	case '?', '!':
		return true
	case '.':
		return !abbreviationBefore(w[:len(w)-1])
	}
	return false
}

// A span is a word's byte range.
type span struct{ start, end int }

// appendSpans appends the words of s, split at spaces, to out.
func appendSpans(out []span, s string) []span {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}

// indexWord finds needle in s where it is not glued to letters before it.
func indexWord(s, needle string) int {
	off := 0
	for {
		i := strings.Index(s[off:], needle)
		if i < 0 {
			return -1
		}
		i += off
		if i == 0 || !isLowerByte(s[i-1]) || needle[0] >= 'a' {
			return i
		}
		// "...Kompas.comSegera" is still a prompt: allow a glue after a lower-case letter
		// for the mixed-case prompts, not for the upper-case ad markers.
		if !isUpperByte(needle[1]) {
			return i
		}
		off = i + len(needle)
	}
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isWordByte(c byte) bool {
	return isUpperByte(c) || isLowerByte(c) || c >= '0' && c <= '9' || c >= utf8.RuneSelf
}

// camelBreakLast returns the offset of the last glue between two words in s
// ("WargaTim Redaksi" → before "Tim"), or 0.
func camelBreakLast(s string) int {
	for i := len(s) - 2; i >= 2; i-- {
		if isLowerByte(s[i-1]) && isUpperByte(s[i]) && isLowerByte(s[i+1]) {
			return i
		}
	}
	return 0
}

// bareLabels are headings of link lists inside the body, lower-cased,
// printed alone above the links ("Baca juga:", KapanLagi's "Jangan Lewatkan").
var bareLabels = map[string]bool{
	"baca juga": true, "baca pula": true, "baca": true, "simak juga": true, "lihat juga": true,
	"artikel terkait": true, "berita terkait": true, "jangan lewatkan": true, "baca juga artikel ini": true,
	"read also": true, "related": true, "berita lainnya": true,
}

// isBareLabel reports whether s is only the label of a list of related links.
func isBareLabel(s string) bool {
	if len(s) > 30 || s == "" {
		return false
	}
	switch lowerByte(s[0]) {
	case 'b', 's', 'l', 'a', 'j', 'r':
	default:
		// No label opens otherwise, and no other first rune lowers to
		// one of these letters.
		return false
	}
	return lookupLower(bareLabels, strings.TrimRight(s, " :»›!"))
}
