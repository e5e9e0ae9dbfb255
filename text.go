package berita

import (
	"fmt"
	"html"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// ParseText parses an article body given as plain text: one paragraph per
// line or per blank-line block, as datasets and scrapers keep articles, or
// the whole body glued into one line ("...aktivis.Fenomena ini...").
//
// A short first line with no closing punctuation, followed by the body, is
// the headline and becomes the Title; so does a headline glued to a byline
// and dateline, as whole-block scrapes of Kompas pages keep them. The
// article's own publication time is filled only when the text states it on
// a line of its own ("Kompas.com - 28/05/2025, 13:30 WIB"); a date in the
// lead is the event's date.
func (p *Parser) ParseText(s string) (*Article, error) {
	if int64(len(s)) > p.maxBytes() {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(s), p.maxBytes())
	}
	// One pass reads the text's bytes for isBinary and for textBlocks.
	shape := textShapeOf(s)
	if shape.binary(s) {
		return nil, ErrNotText
	}
	if !shape.ascii && !utf8.ValidString(s) {
		// Text saved in windows-1252 (curly quotes as 0x93 and 0x94), or
		// UTF-8 with a few such bytes mixed in, is read as the HTML front
		// end reads such a page: valid UTF-8 as it is, every other byte as
		// windows-1252.
		if t, _, err := transform.String(latinOrUTF8{}, s); err == nil {
			s = t
		} else {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		shape = textShapeOf(s)
	}
	sc := textPool.Get().(*textScratch)
	defer sc.release()
	blocks := sc.shapedBlocks(s, shape)
	if len(blocks) == 0 {
		return nil, ErrNoContent
	}
	a := &Article{URL: p.URL}
	st := &state{p: p, a: a, text: true}
	// textBlocks cuts and joins the text's lines and cleans their white
	// space; it makes no '<' nor '[' but for an entity it decodes.
	st.plainBlocks = strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '[') < 0 && strings.IndexByte(s, '&') < 0
	st.build(blocks)
	st.extract()
	e := st.textEvidence()
	if ok, why := e.verdict(); !ok {
		return a, fmt.Errorf("%w: %s", ErrNotArticle, why)
	}
	return a, nil
}

// textBlocks splits a text into blocks: its HTML entities decoded, one
// block per line, lines into which a scraper glued paragraphs cut apart.
func textBlocks(s string) []block {
	var sc textScratch
	return sc.shapedBlocks(s, textShapeOf(s))
}

// A textScratch holds the slices that shapedBlocks cuts a text's lines
// into and the blocks it returns. ParseText takes one from textPool and
// puts it back once the parse is done, when nothing refers to them.
type textScratch struct {
	lines  []textLine
	dirty  []cleanedLine
	buf    []byte // the dirty lines, cleaned
	blocks []block
}

// A cleanedLine is a line that shapedBlocks cleaned: lines[line] is
// buf[from:to].
type cleanedLine struct {
	line, from, to int
}

// textPool holds textScratches for ParseText.
var textPool = sync.Pool{New: func() any { return new(textScratch) }}

// release clears sc's lines and blocks, which point into the text, so that
// the pool keeps no text alive, and puts sc back in textPool. A huge
// text's scratch is dropped, by the bounds the HTML path's buffers keep.
func (sc *textScratch) release() {
	if cap(sc.lines) > maxPooled/64 || cap(sc.blocks) > maxPooled/64 || cap(sc.buf) > maxPooled {
		return
	}
	clear(sc.lines)
	clear(sc.blocks)
	sc.lines, sc.dirty, sc.buf, sc.blocks = sc.lines[:0], sc.dirty[:0], sc.buf[:0], sc.blocks[:0]
	textPool.Put(sc)
}

// shapedBlocks is textBlocks for a text whose shape is read already. The
// blocks it returns are sc's.
func (sc *textScratch) shapedBlocks(s string, shape textShape) []block {
	if strings.IndexByte(s, '&') >= 0 {
		if t := html.UnescapeString(s); t != s {
			s, shape = t, textShapeOf(t)
		}
	}
	// The lines are cut and cleaned first; a clean line (the common case)
	// stays a slice of s, the others are cleaned into one buffer that
	// becomes one string, so that the lines cost no allocation each.
	dirty := sc.dirty[:0]
	lines := sc.lines[:0]
	if cap(lines) == 0 {
		// A new scratch is made for the text; one used before grows as
		// the text needs.
		lines = make([]textLine, 0, strings.Count(s, "\n")+1)
	}
	buf := sc.buf[:0]
	for line := range strings.Lines(s) {
		// A clean line has no run of spaces, where cutSpaceBreak cuts.
		line = strings.TrimSuffix(line, "\n")
		for {
			if isCleanText(line, shape.plain, shape.ascii) {
				lines = append(lines, textLine{text: line})
				break
			}
			cut, rest := cutSpaceBreak(line)
			start := len(buf)
			buf = appendClean(buf, []byte(cut))
			dirty = append(dirty, cleanedLine{line: len(lines), from: start, to: len(buf)})
			lines = append(lines, textLine{})
			if rest == "" {
				break
			}
			line = rest
		}
	}
	cleaned := string(buf)
	for _, d := range dirty {
		lines[d.line].text = cleaned[d.from:d.to]
	}
	sc.lines, sc.dirty, sc.buf = lines, dirty, buf
	// Empty lines are dropped, each marking the line after it.
	kept := 0
	blank := false
	words := &bodyWords{text: s} // searched once a line needs them
	for _, l := range lines {
		t := l.text
		if t == "" {
			blank = true
			continue
		}
		if sentencesGlued(t) {
			t = separateGlued(t, words)
		}
		lines[kept] = textLine{text: t, afterBlank: blank}
		kept++
		blank = false
	}
	lines = lines[:kept]
	blocks := sc.blocks[:0]
	if n := len(lines) + len(lines)/4; cap(blocks) < n {
		blocks = make([]block, 0, n)
	}
	whole := len(lines) == 1               // the whole body stored as one line
	may := cuesIn(shape.ascii, s, cleaned) // every line is cut from one of the two
	rejoinLines(lines, func(line string) {
		n := len(blocks)
		blocks = splitGlued(blocks, line, whole, may)
		if len(blocks) == n+1 {
			listItem(blocks)
		}
	})
	sc.blocks = blocks
	return blocks
}

// listItem marks the last block, a line of its own, as an item of a list of
// the body when it is one: a line opening with a bullet ("- ", "– ", "* ";
// "• " items are read by splitGlued), which the item's text drops, or a
// numbered line ("2. ", "2) ") that follows the line numbered one less,
// which it marks too. A numbered line alone is a numbered subheading, not a
// list; a numbered item keeps its number.
func listItem(blocks []block) {
	b := &blocks[len(blocks)-1]
	if b.related || b.item {
		return
	}
	if c := b.text[0]; c == '-' || c == '*' || c == "–"[0] {
		for _, p := range []string{"- ", "– ", "* "} {
			if rest, ok := strings.CutPrefix(b.text, p); ok && strings.TrimSpace(rest) != "" {
				b.text, b.item = strings.TrimSpace(rest), true
				return
			}
		}
	}
	if n := listNumber(b.text); n > 1 && len(blocks) > 1 {
		if prev := &blocks[len(blocks)-2]; !prev.related && listNumber(prev.text) == n-1 {
			prev.item, b.item = true, true
		}
	}
}

// listNumber returns the number that opens a numbered line ("2. Teks",
// "2) Teks"), or 0.
func listNumber(s string) int {
	n, k := 0, 0
	for k < len(s) && k < 3 && isDigit(s[k]) {
		n = n*10 + int(s[k]-'0')
		k++
	}
	if k == 0 || k+2 >= len(s) || s[k] != '.' && s[k] != ')' || s[k+1] != ' ' || s[k+2] == ' ' {
		return 0
	}
	return n
}

// minSentenceGlues is how many sentence ends glued to the next sentence
// ("aktivis.Fenomena") show a line whose scraper joined the page's text
// nodes with no white space at all.
const minSentenceGlues = 3

// sentencesGlued reports whether a line has the shape of text nodes joined
// with nothing between them: three or more sentences glued to the one
// before at a period ("aktivis.Fenomena", "(2/10/2020).Lokasi",
// "katanya.”Kondisi"), each after a lower-case word or a closing bracket or
// quotation mark.
func sentencesGlued(s string) bool {
	n := 0
	for i := 1; i+2 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-2], '.')
		if k < 0 {
			break
		}
		i += k
		j := i + 1
		if strings.HasPrefix(s[j:], "”") {
			j += len("”")
		} else if s[j] == '"' {
			j++
		}
		if j+1 >= len(s) || !isUpperByte(s[j]) || !isLowerByte(s[j+1]) {
			continue
		}
		if p := s[i-1]; p != ')' && p != '"' && !strings.HasSuffix(s[:i], "”") && lowerRun(s[:i]) < 3 {
			continue
		}
		if n++; n == minSentenceGlues {
			return true
		}
	}
	return false
}

// minGlueLeft is the fewest lower-case letters before a capital that make
// a word glued to a name ("diAmerika"), not a camel-cased brand ("iPhone").
const minGlueLeft = 2

// minGlueWord is the length from which the lower-case part of a glued
// pair is taken for a word without finding it alone in the body.
const minGlueWord = 7

// bodyWords counts the words of a text (its runs of letters and digits)
// that separateGlued asks about. The first few words asked for are
// searched for, which is quicker than counting every word; past
// maxWordSearches, every word is counted once, so a long glued text with
// many joins is read in linear time.
type bodyWords struct {
	text  string
	asked int            // the words searched for so far
	all   map[string]int // every word of text, counted, once asked reaches maxWordSearches
}

// maxWordSearches bounds the words bodyWords searches its text for.
const maxWordSearches = 64

// count returns how many times the word w, ASCII letters, stands in the
// text as a word of its own, counting no further than two: separateGlued
// asks only whether a word is there, and whether twice.
func (t *bodyWords) count(w string) int {
	if t.asked < maxWordSearches {
		t.asked++
		return searchWord(t.text, w)
	}
	if t.all == nil {
		t.all = countWords(t.text)
	}
	return min(t.all[w], 2)
}

// searchWord returns how many times the word w, ASCII letters, stands in s
// as a word of its own, counting no further than two.
func searchWord(s, w string) int {
	n := 0
	for off := 0; n < 2; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		if before, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && letterOrDigit(before) {
			continue
		}
		if after, _ := utf8.DecodeRuneInString(s[i+len(w):]); i+len(w) < len(s) && letterOrDigit(after) {
			continue
		}
		n++
	}
	return n
}

// countWords counts the words of a text: its runs of letters and digits.
func countWords(s string) map[string]int {
	m := make(map[string]int, len(s)/16) // a guess at the distinct words
	start := -1                          // where the current word starts
	for i, r := range s {
		if letterOrDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			m[s[start:i]]++
			start = -1
		}
	}
	if start >= 0 {
		m[s[start:]]++
	}
	return m
}

// letterOrDigit reports whether r is a letter or a digit, a rune of a word.
func letterOrDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r)) || isDigit(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// separateGlued puts back the space a scraper lost at a link's edge,
// "mendatangkanAdam Przybek", "dilakukanApple,": a word that opens
// lower-case runs into a capitalised word that the text (words) writes as
// a word of its own, and the lower-case part is a word too (written alone,
// or longer than a brand's prefix: "detikBali" stays). Brands in camel case ("iPhone", "WhatsApp", "YouTube") do not
// open with two lower-case letters before a capital, or are not found
// alone; words in handles, tags, addresses and paths are left as they
// are, and so is a glued pair the body writes so twice (a name). It
// returns line itself when there is nothing to separate.
//
// Only a line of text nodes joined with nothing between them
// (sentencesGlued) is read so: there the line itself shows a scraper that
// dropped the white space at every node's edge, and a word run into a name
// is its doing. Elsewhere nothing in the line tells a lost space from a
// word printed glued ("diGunung"), and the text is kept as it is.
func separateGlued(line string, words *bodyWords) string {
	var b []byte // the line with spaces put back, once there is one
	done := 0    // line[:done] is in b
	start := 0   // where the current word starts
	for i := 1; i+1 < len(line); i++ {
		switch glueBytes[line[i]] {
		case 0:
			continue
		case glueBreak:
			start = i + 1
			continue
		}
		if !isLowerByte(line[i-1]) || i-start < minGlueLeft {
			continue // line[i] is a capital
		}
		if !isLowerByte(line[start]) || lowerRun(line[start:i]) != i-start {
			continue // "McDonald", "eKTP", "x1Pro"
		}
		end := i + 1
		for end < len(line) && (isLowerByte(line[end]) || isUpperByte(line[end])) {
			end++
		}
		word := line[i:end]
		tokEnd := strings.IndexByte(line[i:], ' ')
		if tokEnd < 0 {
			tokEnd = len(line)
		} else {
			tokEnd += i
		}
		if len(word) < 2 || strings.ContainsAny(line[start:tokEnd], "@#/:_.=") && !endsWithPunct(line[start:tokEnd]) || words.count(word) == 0 {
			continue
		}
		if left := line[start:i]; len(left) < minGlueWord && words.count(left) == 0 || words.count(line[start:end]) > 1 {
			continue
		}
		b = append(b, line[done:i]...)
		b = append(b, ' ')
		done = i
		start = i
	}
	if b == nil {
		return line
	}
	return string(append(b, line[done:]...))
}

// glueBreak and glueCapital are the bytes separateGlued stops at: those
// before which a word opens (a space, an opening bracket or quotation
// mark) and the capitals, which may open a word glued to the one before.
const (
	glueBreak = 1 + iota
	glueCapital
)

// glueBytes gives each byte its kind for separateGlued, 0 for the others.
var glueBytes = func() (t [256]byte) {
	t[' '], t['('], t['"'] = glueBreak, glueBreak, glueBreak
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = glueCapital
	}
	return t
}()

// endsWithPunct reports whether the only dots, colons and such in the word
// w close it: "dilakukanApple." may be separated, "fooBar.com" may not.
func endsWithPunct(w string) bool {
	core := strings.TrimRight(w, ".,:;!?)\"”'’")
	return !strings.ContainsAny(core, "@#/:_.=")
}

// minSpaceBreak is the fewest white-space characters in a row after a
// sentence end that mark a paragraph break inside a line.
const minSpaceBreak = 3

// cutSpaceBreak cuts a line at its first paragraph break that a scraper
// kept as a run of white space instead of a line break: the indentation
// between two blocks of the page ("harga terbaik.      Kemudian, …"). The
// run must follow a sentence's last word, not a list label ("1.   Piala Eropa"),
// and be three characters or more (non-breaking spaces count), where a
// typist's sentence spacing is two. It returns the line before the break
// and the rest, or the line and "" when there is none.
func cutSpaceBreak(line string) (before, rest string) {
	stops := newByteFinder(line, ".!?")
	for i := 0; i < len(line); i++ {
		if i = stops.from(i); i == len(line) {
			break
		}
		j := i + 1
		for j < len(line) && (line[j] == '"' || line[j] == ')') {
			j++
		}
		if strings.HasPrefix(line[j:], "”") {
			j += len("”")
		}
		k, n := j, 0
		for k < len(line) {
			r, size := utf8.DecodeRuneInString(line[k:])
			if !isSpace(r) {
				break
			}
			k += size
			n++
		}
		if n < minSpaceBreak || k == len(line) || line[k] == '\n' || line[k] == '\r' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line[k:]); unicode.IsLower(r) || !sentenceWordBefore(line[:i]) {
			continue
		}
		return line[:j], line[k:]
	}
	return line, ""
}

// sentenceWordBefore reports whether s, the text before a sentence's end
// mark, ends with a word a sentence ends with: three letters or more and
// no abbreviation, or a closing bracket or quotation mark. A list label
// ("1.", "a.") or a chord ("Em.") is not one.
func sentenceWordBefore(s string) bool {
	return closesBefore(s) || utf8.RuneCountInString(lastWord(s)) >= 3 && !abbreviationBefore(s)
}

// A textLine is one non-empty line of a text body, cleaned; afterBlank is
// set when a blank line stands before it.
type textLine struct {
	text       string
	afterBlank bool
}

// maxLinkLine bounds the words of a line that is a link's text cut out of
// the sentence around it.
const maxLinkLine = 8

// rejoinLines puts back together what a scraper that keeps one line per
// HTML text node cut apart. A line that does not end a sentence, followed
// with no blank line by one that continues it (opening lower case or with
// a comma, semicolon or closing bracket), is the same sentence; so is a
// short line (a link's text) standing between a sentence cut mid-way and
// such a continuation. A dateline split over the first lines ("Jakarta",
// "-", "Teks" or "JAKARTA, KOMPAS.com", "- Teks") is one line again, and a
// line of dashes alone, a rule with no words, is dropped. Lines that need
// none of this are passed to emit as they are; so is each joined line.
func rejoinLines(lines []textLine, emit func(string)) {
	lines = dropContents(lines)
	first := true // no line emitted yet
	var cur strings.Builder
	joined := false // cur holds more than one line
	flush := func() {
		if joined {
			emit(cur.String())
			first = false
		}
		cur.Reset()
		joined = false
	}
	last := "" // the line being built, when it is a single line
	for i := 0; i < len(lines); i++ {
		t := lines[i].text
		if isDashRule(t) {
			// "Jakarta", "-", "Teks": the dash of a dateline split over lines.
			if first && (last != "" || joined) && i+1 < len(lines) && i <= 2 && datelineLine(curText(&cur, last, joined)) {
				last, joined = appendLine(&cur, last, joined, "-")
				last, joined = appendLine(&cur, last, joined, lines[i+1].text)
				i++
			}
			continue
		}
		if last != "" || joined {
			c := curText(&cur, last, joined)
			mid := midSentence(c)
			switch {
			case !lines[i].afterBlank && first && i <= 3 && datelineSplit(c, t):
				// "JAKARTA, KOMPAS.com", "- Teks"; "JAKARTA", ", KOMPAS.com -", "Teks"
			case !lines[i].afterBlank && mid && continues(t):
			case mid && (lowerEnd(c) || first && leadOpen(c) || openingWord(c)):
				if k := linkRun(lines, i); k > i && (lowerEnd(c) || first && leadOpen(c) || punctOpens(lines[k].text)) {
					// "anggota polisi", "Polsek Sukamaju", ", Kabupaten Bogor"
					for ; i < k-1; i++ {
						last, joined = appendLine(&cur, last, joined, lines[i].text)
					}
					t = lines[i].text
					break
				}
				fallthrough
			default:
				if !joined {
					emit(last)
					first = false
				}
				flush()
				last = ""
			}
		}
		last, joined = appendLine(&cur, last, joined, t)
	}
	if joined {
		emit(cur.String())
	} else if last != "" {
		emit(last)
	}
}

// maxContentsAt bounds how far into the text a table of contents may open.
const maxContentsAt = 3

// maxContentsEntries bounds the entries of a table of contents: a guide
// to ten places lists each one's name, hours, price and address.
const maxContentsEntries = 100

// dropContents drops a table of contents: its label ("Daftar Isi", "Table
// of Contents") and the entries after it, each a subheading the body
// prints again further down ("1. Syarat Daftar:" for "Syarat daftar"), or
// every line between the label and the dateline that opens the article's
// text. Nothing is lost: the entries stand where they head their sections.
// A label among the text's first lines is the table's even when its
// entries are not found (a scraper lost them), and a label glued to the
// first words of a line ("Daftar IsiSyarat …") is cut from it; a label
// further down is taken only with entries printed again.
func dropContents(lines []textLine) []textLine {
	for i := 0; i < len(lines); i++ {
		t := lines[i].text
		if !contentsLabel(t) {
			if i < maxContentsAt {
				if rest, ok := cutContentsLabel(t); ok {
					lines[i].text = rest
					return lines
				}
			}
			continue
		}
		k := i + 1
		for k < len(lines) && k-i <= maxContentsEntries && contentsEntry(lines[k].text) && printedAgain(lines, k) {
			k++
		}
		if d := datelineAfter(lines, i+1); d > k {
			k = d
		}
		if k == i+1 && i >= maxContentsAt {
			continue // a label deep in the text, with nothing after it found again
		}
		return append(lines[:i:i], lines[k:]...)
	}
	return lines
}

// contentsLabel reports whether s labels a table of contents.
func contentsLabel(s string) bool {
	if s == "" {
		return false
	}
	switch lowerByte(s[0]) {
	case 'd', 't', 'i':
	default:
		return false // what the trim leaves opens with s[0]
	}
	for s[len(s)-1] == ' ' || s[len(s)-1] == ':' {
		s = s[:len(s)-1] // s[0] is a letter: it stays
	}
	return strings.EqualFold(s, "daftar isi") || strings.EqualFold(s, "table of contents") || strings.EqualFold(s, "isi artikel")
}

// cutContentsLabel cuts a table of contents' label that a scraper glued
// to the words after it, "Daftar IsiSyarat Daftar", "Daftar Isi: Syarat
// Daftar" or "Daftar Isi Syarat Daftar", and reports whether there was one.
func cutContentsLabel(s string) (string, bool) {
	if s == "" {
		return s, false
	}
	switch lowerByte(s[0]) {
	case 'd', 't', 'i':
	default:
		return s, false // the labels are ASCII: only ASCII folds to them, byte by byte
	}
	for _, l := range []string{"daftar isi", "table of contents", "isi artikel"} {
		if len(s) <= len(l)+1 || !strings.EqualFold(s[:len(l)], l) {
			continue
		}
		rest := s[len(l):]
		switch {
		case rest[0] == ':':
			return strings.TrimLeft(rest[1:], " "), true
		case isUpperByte(rest[0]):
			return rest, true
		case rest[0] == ' ' && isUpperByte(rest[1]) && isUpperByte(s[len(l)-3]):
			// "Daftar Isi Syarat Daftar": the label in title case or
			// capitals, then a capitalised word; not "Daftar isi tas".
			return rest[1:], true
		}
	}
	return s, false
}

// datelineAfter returns the index of the line, among the few after lines[i],
// that opens the article's text with its dateline ("Jakarta", then "-"; or
// "JAKARTA, KOMPAS.com - Teks"), when every line before it from lines[i] is
// a short line ending no sentence (a table's entry); or -1.
func datelineAfter(lines []textLine, i int) int {
	for k := i; k < len(lines) && k-i <= maxContentsEntries; k++ {
		t := lines[k].text
		if _, prefix, _, ok := cutDateline(t); ok && prefix == "" || datelineLine(t) && k+1 < len(lines) && (isDashRule(lines[k+1].text) || dashOpens(lines[k+1].text)) {
			if k == i {
				return -1
			}
			return k
		}
		if !contentsEntry(t) {
			return -1
		}
	}
	return -1
}

// maxContentsEntry bounds the length of a table of contents' entry.
const maxContentsEntry = 150

// contentsEntry reports whether s can be a table of contents' entry: a
// short line, a subheading's words (a question too: "Kapan Digelar?"), not
// a sentence closed with a period or a quotation.
func contentsEntry(s string) bool {
	if len(s) > maxContentsEntry {
		return false
	}
	switch s[len(s)-1] {
	case '.', '"':
		return false
	}
	return !strings.HasSuffix(s, "”")
}

// printedAgain reports whether the line lines[k] is printed again as a
// line of its own after it: as it is, or with its number, a closing colon
// or its case changed ("1. Syarat Daftar" for "Syarat daftar:").
func printedAgain(lines []textLine, k int) bool {
	entry := entryKey(lines[k].text)
	if entry == "" {
		return false
	}
	for _, l := range lines[k+1:] {
		if l.text == lines[k].text || len(l.text) < len(entry)+8 && strings.EqualFold(entryKey(l.text), entry) {
			return true
		}
	}
	return false
}

// entryKey returns a table of contents' entry without its list number and
// closing colon: "1. Syarat Daftar:" gives "Syarat Daftar".
func entryKey(s string) string {
	if n := numberedItem(s); n > 0 {
		s = s[n:]
	} else if i := strings.IndexByte(s, ')'); i > 0 && i <= 2 && isAllDigits(s[:i]) {
		s = s[i+1:]
	}
	return strings.TrimSpace(strings.TrimRight(s, " :."))
}

// curText returns the line being built.
func curText(b *strings.Builder, last string, joined bool) string {
	if joined {
		return b.String()
	}
	return last
}

// appendLine adds t to the line being built: with a space, or with none
// before a comma, semicolon, colon, period or closing bracket.
func appendLine(b *strings.Builder, last string, joined bool, t string) (string, bool) {
	if !joined && last == "" {
		return t, false
	}
	if !joined {
		b.WriteString(last)
	}
	switch t[0] {
	case ',', ';', ':', '.', ')':
	default:
		if s := b.String(); s[len(s)-1] != '(' {
			b.WriteByte(' ')
		}
	}
	b.WriteString(t)
	return "", true
}

// isDashRule reports whether s is only dashes: a rule, or a dateline's dash
// on a line of its own.
func isDashRule(s string) bool {
	for _, r := range s {
		if r != '-' && r != '–' && r != '—' && r != '_' && r != '=' {
			return false
		}
	}
	return true
}

// datelineLine reports whether s is a dateline and nothing else, before its
// dash: "Jakarta", "JAKARTA, KOMPAS.com", "KOMPAS.com".
func datelineLine(s string) bool {
	_, ok := parseDateline(s)
	return ok
}

// datelineSplit reports whether the line c, the first of the text, and
// the line t after it are one dateline and lead cut apart: a dateline, then
// its dash and the lead ("JAKARTA, KOMPAS.com", "- Teks"); a place, then
// the rest of the dateline (", KOMPAS.com -"); a dateline and its dash,
// then the lead.
func datelineSplit(c, t string) bool {
	switch {
	case dashOpens(t) || t[0] == ',' && len(t) <= maxDateline:
		return datelineLine(c)
	case len(c) <= maxDateline && c != strings.TrimRight(c, "-–—"):
		return datelineLine(strings.TrimRight(c, " -–—"))
	}
	return false
}

// dashOpens reports whether s opens with a dateline's dash and then text.
func dashOpens(s string) bool {
	n := datelineDash(s, 0)
	if n == 0 || n >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[n:], " "))
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“'
}

// midSentence reports whether s stops inside a sentence: it ends with no
// sentence punctuation or closing quotation mark, and is not a line that
// stands alone for what it is: a keyword opening lower case (a tag), a
// bracketed note such as the initials "(fbr/wes)", or a line in capitals.
func midSentence(s string) bool {
	r, n := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', ':', ';', '…', '»':
		return false
	case '"', '”', '\'', '’':
		// A quotation that opens at the end ("penyelidikan \"") or closes
		// on a word, not on a sentence's end ("“Tenang saja kok”", "sabu
		// berlogo 'durian'"), is inside the sentence.
		p, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		if !(r == '"' && p == ' ') && !unicode.IsLetter(p) && !unicode.IsDigit(p) {
			return false
		}
	}
	f, _ := utf8.DecodeRuneInString(s)
	if unicode.IsLower(f) && !strings.HasPrefix(s, "http") && !camelWord(s) || f == '(' && r == ')' {
		return false // a tag, a keyword a line; not "detikFinance"
	}
	for _, c := range s {
		if unicode.IsLower(c) {
			return true
		}
	}
	return false // all capitals: a heading
}

// continues reports whether a line opens as the rest of a sentence: with a
// lower-case word (not a list label "b." nor a word with capitals inside,
// "iPhone"), or with a comma, semicolon or closing bracket.
func continues(s string) bool {
	switch s[0] {
	case ',', ';', ')':
		return true
	case '.':
		// ". Kalimat berikut": the period of a sentence whose last words
		// were a link; not ".5 unit", a list's broken bullet.
		return len(s) == 1 || len(s) > 2 && s[1] == ' ' && !isDigit(s[2])
	case '"':
		// "\" oleh pelaku": a quotation closed, the sentence goes on.
		return len(s) > 2 && s[1] == ' ' && isLowerByte(s[2])
	case '(':
		// "(MK) yang mewajibkan": an abbreviation in brackets after the
		// name a link held, then the sentence goes on lower-case.
		if k := strings.IndexByte(s, ')'); k > 0 && k+2 < len(s) && s[k+1] == ' ' {
			return isLowerByte(s[k+2])
		}
		return false
	}
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return false
	}
	if n < len(s) && (s[n] == '.' || s[n] == ')') {
		return false // "b. Teks", "a) Teks": a list label
	}
	for _, c := range s[n:] {
		if c == ' ' {
			break
		}
		if unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

// maxLinkRun bounds the links in a row a sentence may hold between its words.
const maxLinkRun = 3

// linkRun returns the index of the line that continues a sentence after a
// run of up to maxLinkRun link lines starting at lines[i] ("di",
// "Liverpool", "Pep Lijnders", "gabung ke klub"), with no blank line
// among them; or i when there is none.
func linkRun(lines []textLine, i int) int {
	for k := i; k < len(lines) && k-i < maxLinkRun; k++ {
		if lines[k].afterBlank || !linkLine(lines[k].text) {
			return i
		}
		if k+1 < len(lines) && !lines[k+1].afterBlank && continues(lines[k+1].text) {
			return k + 1
		}
	}
	return i
}

// linkLine reports whether s can be a link's text cut out of a sentence:
// a few words that do not end a sentence.
func linkLine(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', ':', ';', '…':
		return false
	}
	return strings.Count(s, " ") < maxLinkLine
}

// punctOpens reports whether s opens with punctuation, not a letter.
func punctOpens(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// openingWord reports whether s is one word opening a sentence whose next
// words were a link: "Melansir", then "BBC", then ", Selasa (…)". The run
// must end in a continuation that opens with punctuation, which a heading's
// next line never does.
func openingWord(s string) bool {
	return strings.IndexByte(s, ' ') < 0 && utf8.RuneCountInString(s) >= 4
}

// leadOpen reports whether s is a dateline and the lead's first few
// words, a sentence begun: "JAKARTA, KOMPAS.com - Gubernur".
func leadOpen(s string) bool {
	_, _, rest, ok := cutDateline(s)
	return ok && linkLine(rest)
}

// lowerEnd reports whether s ends inside a sentence's run of words: with a
// lower-case word or a comma. A heading ends with neither.
func lowerEnd(s string) bool {
	if c := s[len(s)-1]; c == ',' || c == '(' {
		return true
	}
	w := s[strings.LastIndexByte(s, ' ')+1:]
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// cleanText collapses white space (NBSP and zero-width spaces included),
// trims the ends and puts the text in NFC. It returns s itself when there is
// nothing to change, which is the common case.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	return string(appendClean(make([]byte, 0, len(s)), []byte(s)))
}

// isClean reports whether cleanText would return s unchanged: no control
// characters, special or doubled spaces, zero-width characters, nor space
// at the ends, and NFC. Most lines are, and are not copied.
func isClean(s string) bool {
	return isCleanText(s, false, false)
}

// isCleanText is isClean for a line of a text whose shape is known: in a
// plain text the ASCII between the other runes needs no reading, and in a
// plain ASCII text only the line's ends do.
func isCleanText(s string, plain, ascii bool) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	if plain && ascii {
		return true
	}
	nfc := true // every rune is one that NFC keeps as it is, whatever is around it
	for i := 0; i < len(s); {
		if plain {
			i += asciiRun(s[i:])
		} else {
			i += asciiTextRun(s[i:])
		}
		if i == len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			return false // a control character or a second space
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) || r >= 0x200b && r <= 0x200f || r == 0xfeff || r == 0x2060 || r == 0xad || r == utf8.RuneError && n == 1 {
			return false
		}
		if !nfcInert(r) {
			nfc = false
		}
		i += n
	}
	return nfc || norm.NFC.IsNormalString(s)
}

// asciiTextRun returns the length of the run of printable ASCII that opens
// s: the bytes '!' to '~' and single spaces, no control or non-ASCII byte
// and no two spaces in a row.
//
// It tests eight bytes at a time, read as one 64-bit word w. A byte below
// 0x20 borrows into its top bit when 0x20 is taken from every byte, 0x7f
// carries into its top bit when 1 is added to every byte, and a byte from
// 0x80 has its top bit set already; a word of printable bytes sets no top
// bit in any of the three, and no borrow or carry crosses its bytes. Its
// spaces are then marked exactly: y, w with every space made 0, keeps the
// top bit of every other byte once its low seven bits are added to 0x7f.
func asciiTextRun[T ~string | ~[]byte](s T) int {
	const lows = 0x7f * ones8
	i := 0
	lastSpace := false // the byte before s[i] is a space
	for ; i+8 <= len(s); i += 8 {
		w := word8(s[i : i+8])
		if ((w-0x20*ones8)|(w+ones8)|w)&tops8 != 0 {
			break
		}
		y := w ^ 0x20*ones8
		spaces := ^(((y & lows) + lows) | y) & tops8 // the top bit of each space
		if spaces&(spaces>>8) != 0 || lastSpace && spaces&0x80 != 0 {
			break
		}
		lastSpace = spaces>>63 != 0
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == ' ' && i > 0 && s[i-1] == ' ' {
			break
		}
	}
	return i
}

// asciiRun returns the length of the run of ASCII bytes that opens s,
// testing eight bytes at a time.
func asciiRun(s string) int {
	i := 0
	for i+8 <= len(s) && word8(s[i:i+8])&tops8 == 0 {
		i += 8
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// A textShape is what one pass over a text's bytes tells of it.
type textShape struct {
	controls int  // the bytes of the first binaryHead that binaryByte counts
	nul      bool // a NUL byte among the first binaryHead
	// plain is set when the text holds no control byte but line breaks
	// ('\n'), no DEL and no two spaces in a row: its lines' ASCII is
	// clean (isClean).
	plain bool
	ascii bool // every byte is ASCII
}

// binary is isBinary's verdict on s, whose shape sh is.
func (sh textShape) binary(s string) bool {
	head := s[:min(len(s), binaryHead)]
	if binary, ok := binarySignature(head); ok {
		return binary
	}
	return sh.nul || tooManyControls(sh.controls, len(head))
}

// textShapeOf reads the shape of the text s. It tests eight bytes at a
// time where it can, read as one word w, with no borrow or carry crossing
// a byte that matters. Taking 0x21 from every byte sets the top bit of a
// space's byte and of no other byte from 0x21 up but a '!' that a space's
// borrow reaches; taking 0x20 sets it for a control byte, and adding 1 for
// DEL (and a '~' that the carry of a 0xff byte reaches); a byte from 0x80
// up has its own top bit set, and no mark is kept there. A word with a
// control byte, or with two marked bytes side by side (two spaces in a
// row, or " !"), is read again a byte at a time; so the mark of a word's
// last byte, read fast, is a space's.
func textShapeOf(s string) textShape {
	sh := textShape{plain: true}
	var high uint64 // the top bits of every byte, or'ed
	var last uint64 // 0x80 when the byte before the word is a space
	head := min(len(s), binaryHead)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := word8(s[i : i+8])
		high |= w
		spaces := (w - 0x21*ones8) &^ w & tops8
		controls := ((w - 0x20*ones8) | (w + ones8)) &^ w
		if (controls|spaces&(spaces>>8|last))&tops8 != 0 {
			spaceBefore := last != 0
			if last = 0; sh.readBytes(s, i, i+8, head, spaceBefore) {
				last = 0x80
			}
			continue
		}
		last = spaces >> 56
	}
	for k := i; k < len(s); k++ {
		high |= uint64(s[k])
	}
	sh.readBytes(s, i, len(s), head, last != 0)
	sh.ascii = high&tops8 == 0
	return sh
}

// readBytes reads s[from:to] into sh one byte at a time: the control bytes
// of the first head bytes are counted, and a control byte but '\n' or a
// second space in a row leaves the text not plain. lastSpace tells whether
// the byte before from is a space; readBytes returns whether s[to-1] is.
func (sh *textShape) readBytes(s string, from, to, head int, lastSpace bool) bool {
	for k := from; k < to; k++ {
		c := s[k]
		if k < head {
			switch binaryByte[c] {
			case 1:
				sh.controls++
			case 2:
				sh.nul = true
			}
		}
		if c < ' ' && c != '\n' || c == 0x7f || c == ' ' && lastSpace {
			sh.plain = false
		}
		lastSpace = c == ' '
	}
	return lastSpace
}

// nfcInert reports whether NFC keeps r as it is next to any other rune:
// the Latin letters and signs below the combining accents (U+0300), and
// the dashes, quotation marks, bullets and ellipsis of general
// punctuation (U+2010 to U+2027) that news text is full of. Such a rune
// neither combines with the rune before it nor reorders, so a text of
// them alone is in NFC.
func nfcInert(r rune) bool {
	return r < 0x300 || r >= 0x2010 && r <= 0x2027
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x85:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// splitGlued appends the blocks of one line of text. A line that holds a
// whole paragraph is one block; a line into which a scraper glued many
// paragraphs is cut where the text shows a break: a sentence end glued to
// the next word ("aktivis.Fenomena"), a new quotation after a sentence end,
// ad markers, bullets and related-link cues ("Baca juga:Judul ..."). When
// the line is the whole body (whole), the paragraphs a quotation and its
// speech tag close are cut too. Of the markers, only the kinds in may are
// looked for: those the text holds (cuesIn).
func splitGlued(blocks []block, line string, whole bool, may cueSet) []block {
	start := len(blocks)
	emit := func(s string) {
		if s = trimSpace(s); s != "" {
			blocks = append(blocks, block{text: s})
		}
	}
	rest := line
	for rest != "" {
		i, c := nextCue(rest, may)
		if i < 0 {
			splitSentences(rest, whole, may, emit)
			break
		}
		if pre := strings.TrimRight(rest[:i], " "); c.kind == cueRelated && strings.HasSuffix(pre, "(") {
			// "(Baca juga: Judul)": the cue and its title in brackets,
			// one related line whole.
			if k := strings.IndexByte(rest[i:], ')'); k > 0 && k < maxBracketCue {
				splitSentences(pre[:len(pre)-1], whole, may, emit)
				emit(pre[len(pre)-1:] + rest[i:i+k+1])
				rest = rest[i+k+1:]
				continue
			}
		}
		splitSentences(rest[:i], whole, may, emit)
		rest = rest[i:]
		switch c.kind {
		case cueNoise:
			rest = rest[len(c.text):]
		case cueBullet:
			if item, after, ok := bodyItem(blocks, rest[len(c.text):], i == 0 && rest == line); ok {
				if item != "" {
					blocks = append(blocks, block{text: item, item: true})
				}
				rest = after
				continue
			}
			title, after := relatedTitle(rest[len(c.text):], may)
			if title != "" {
				blocks = append(blocks, block{text: title, related: true})
			}
			rest = after
		case cueRelated:
			head := rest[:labelEnd(rest, c)]
			if after, ok := strings.CutPrefix(strings.TrimLeft(rest[len(head):], " "), ","); ok {
				// "Baca juga:,": the link's title was dropped and a
				// comma glues the next paragraph on; it is no title.
				emit(head)
				rest = after
				continue
			}
			title, after := relatedTitle(rest[len(head):], may)
			if title != "" {
				blocks = append(blocks, block{text: strings.TrimSpace(head) + " " + title})
				if more, ok := gluedTitles(head, rest[len(rest)-len(after)-1:], may); ok {
					blocks = append(blocks, more...)
					after = ""
				}
			} else {
				emit(head)
			}
			rest = after
		}
	}
	if len(blocks)-start > 1 {
		for i := start; i < len(blocks); i++ {
			blocks[i].glued = true
		}
	}
	return blocks
}

// trimSpace is strings.TrimSpace, quicker on a piece of text with no
// white space at its ends, which most pieces splitGlued cuts are.
func trimSpace(s string) string {
	if s != "" && s[0] > ' ' && s[0] < utf8.RuneSelf && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimSpace(s)
}

// gluedTitles reads the rest of a line after a related title, from the
// title's last byte on (s), as more titles of the list the label (head)
// introduces, glued one to the next: "Baca artikel menarik lainnya:Judul
// SatuJudul Dua Lagi". The label must promise a list ("lainnya",
// "terkait"), every title must be in title case and glued to the one
// before, and the titles must run to the end of the line; else none is
// taken and ok is false: a paragraph of the body glued to a title is
// written in sentence case, and is kept.
func gluedTitles(head, s string, may cueSet) (titles []block, ok bool) {
	h := strings.ToLower(head)
	if !strings.Contains(h, "lainnya") && !strings.Contains(h, "terkait") {
		return nil, false
	}
	for rest := s[1:]; rest != ""; {
		if rest[0] == ' ' || s[len(s)-len(rest)-1] == ' ' {
			return nil, false // not glued
		}
		t, after := relatedTitle(rest, may)
		if !titleCased(t) {
			return nil, false
		}
		titles = append(titles, block{text: t, related: true})
		rest = after
	}
	return titles, len(titles) > 0
}

// titleCased reports whether s is written as a headline: three words or
// more, of which every one but the small words a headline keeps in lower
// case ("di", "dan", "yang") opens with a capital or a digit; a paragraph
// of the body is written in sentence case.
func titleCased(s string) bool {
	words := 0
	for w := range strings.FieldsSeq(s) {
		words++
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "\"'“‘("))
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue // a dash between two parts of the headline
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !lookupLower(titleSmallWords, strings.Trim(w, ",.:;")) {
			return false
		}
	}
	return words >= 3
}

// maxBracketCue bounds a related cue and its title in brackets.
const maxBracketCue = 200

// maxShortItem is the most words of a list item too short to be a
// related article's headline.
const maxShortItem = 4

// bodyItem reads the bulleted item that opens s as an item of a list of
// the body, not a related link, and returns it and the text after it. A
// list is the body's when a sentence introduces it (the text before ends
// with a colon), when it goes on a list already read as the body's, when
// its items count things ("20 unit mobil", "1 bungkus kulit"), or, for a
// list that opens its line (atLine), when the item is a sentence (it ends
// with sentence punctuation or runs in lower-case words) or too short for
// a headline. Headline-shaped items after a sentence end are related links.
func bodyItem(blocks []block, s string, atLine bool) (item, after string, ok bool) {
	item, after = s, ""
	if k := strings.Index(s, "• "); k >= 0 {
		item, after = s[:k], s[k:]
	}
	item = strings.TrimSpace(item)
	body := false
	if n := len(blocks); n > 0 {
		prev := strings.TrimRight(blocks[n-1].text, " .")
		if _, label := labelAt(prev); label || isBareLabel(prev) {
			return "", "", false // "Baca juga:", then its links
		}
		body = blocks[n-1].item || strings.HasSuffix(prev, ":")
	}
	if !body && item != "" && isDigit(item[0]) {
		body = true
	}
	if !body && atLine && item != "" {
		core := strings.TrimRight(item, "`'\"”’ ")
		body = strings.HasSuffix(core, ".") || strings.HasSuffix(core, ",") || strings.HasSuffix(core, ";") ||
			lowerWordRun(item) >= 4 || after == "" && strings.Count(item, " ") < maxShortItem
	}
	return item, after, body
}

// lowerWordRun returns the longest run of words in s that open lower-case.
func lowerWordRun(s string) int {
	best, run := 0, 0
	for _, w := range strings.Fields(s) {
		if isLowerByte(w[0]) {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// splitSentences cuts glued text at evident paragraph breaks and passes each
// piece to emit. In a whole body stored as one line (whole), where the
// scraper joined the paragraphs with a space, a sentence that closes a
// quotation with its speech tag ("…,” kata Budi. Warga …") ends its
// paragraph, as news prints each quotation and its tag as one. The
// exclamation and question marks are looked for only if may holds their
// kinds (cuesIn).
func splitSentences(s string, whole bool, may cueSet, emit func(string)) {
	from, i := 0, 0
	if n := numberedItem(s); n > 0 {
		// What follows a related title: "1. MoldovaMoldova menempati".
		from, i = numberedHeading(s, 0, n, emit)
	}
	stops := newStopFinder(s, may)
	for ; i < len(s); i++ {
		if i = stops.from(i); i == len(s) {
			break
		}
		c := s[i]
		if c == '.' {
			// "Penerima Terbesar1. IsraelIsrael merupakan": a numbered
			// subheading glued to the word before it, whose number of
			// one or two digits ends just before this period.
			if d := gluedNumber(s, from, i); d > 0 {
				emit(s[from:d])
				from, i = numberedHeading(s, d, numberedItem(s[d:]), emit)
				continue
			}
		}
		if c == ')' && i+2 < len(s) && isUpperByte(s[i+1]) && isLowerByte(s[i+2]) && bracketSentence(s[from:i]) {
			// "tersebut. (Baca wawancara X: Judul)Memang": a bracketed
			// sentence glued to the paragraph after it.
			emit(s[from : i+1])
			from, i = gluedHeading(s, i+1, emit)
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		if j < len(s) && isDigit(s[j]) && i > 0 && (isLowerByte(s[i-1]) || isUpperByte(s[i-1]) || closesBefore(s[:i])) && (closesBefore(s[:i]) || !abbreviationBefore(s[:i])) {
			// "ekonomi.2. LatviaPerempuan": a numbered subheading opens a
			// paragraph; so does "(10/6/2025).10 Negara Terbesar", a
			// number opening a title-case run after a sentence end.
			if n := numberedItem(s[j:]); n > 0 {
				emit(s[from:j])
				from, i = numberedHeading(s, j, n, emit)
				continue
			}
			if titleAfterNumber(s[j:]) {
				emit(s[from:j])
				from = j
				continue
			}
		}
		for j < len(s) && (s[j] == '"' || s[j] == ')') {
			j++
		}
		if j > i+1 && s[j-1] == '"' && j < len(s) && unicode.IsUpper(firstRune(s[j:])) && !straightOpen(s[from:j-1]) {
			// `operasi."Kita`: a mark glued to a word opens a quote, unless
			// a quotation is open before it, which it closes.
			j--
		}
		if j < len(s) && strings.HasPrefix(s[j:], "”") {
			j += len("”")
		}
		if j >= len(s) {
			break
		}
		if s[j] == ' ' {
			// "kalimat. 1. Judul Langkah": a numbered subheading.
			if n := numberedItem(s[j+1:]); n > 0 && !abbreviationBefore(s[:i]) && headingEnd(s, j+1, n, 1) > 0 {
				emit(s[from:j])
				from, i = numberedHeading(s, j+1, n, emit)
				continue
			}
			// "kalimat. “Kutipan" — a new quotation opens a new paragraph.
			k := j + 1
			if n := creditAfter(s[k:]); n > 0 && !abbreviationBefore(s[:i]) {
				// "kalimat. (Reporter: A | Editor: B)", "kalimat. (abc/def)"
				emit(s[from:j])
				from, i = creditBlock(s, k, n, emit)
				continue
			}
			if k < len(s) && (s[k] == '"' || strings.HasPrefix(s[k:], "“")) && startsUpperAfterQuote(s[k:]) {
				emit(s[from:j])
				from = k
			} else if whole && c == '.' && k < len(s) && unicode.IsUpper(firstRune(s[k:])) && speechTagBefore(s[from:i]) && (closesBefore(s[:i]) || !abbreviationBefore(s[:i])) {
				emit(s[from:j])
				from = k
			} else if e := spacedHeadingEnd(s, k); e > 0 && (closesBefore(s[:i]) || !abbreviationBefore(s[:i])) {
				// "kalimat. Keluhan di Media Sosial Berdasarkan pantauan":
				// a subheading joined to its paragraph with a space.
				emit(s[from:j])
				emit(s[k:e])
				from, i = e+1, e
			}
			continue
		}
		if n := creditAfter(s[j:]); n > 0 && (closesBefore(s[:i]) || !abbreviationBefore(s[:i])) {
			// "sebelumnya.Editor: Budi", "sebelumnya.(abc/def)"
			emit(s[from:j])
			from, i = creditBlock(s, j, n, emit)
			continue
		}
		// "aktivis.Fenomena", "2018).Kamis", "dulu,” paparnya.“Kondisi"
		r, _ := utf8.DecodeRuneInString(s[j:])
		if (unicode.IsUpper(r) || r == '“' || r == '"') && (closesBefore(s[:i]) || !abbreviationBefore(s[:i])) && !allCapsDomain(s, i) && !documentNumber(s, i) && !insideQuote(s[from:j]) && !(s[i-1] == ' ' && straightOpen(s[from:i])) {
			emit(s[from:j])
			from, i = gluedHeading(s, j, emit)
		}
	}
	emit(s[from:])
}

// gluedCreditLabels open a credit line that a scraper glued after the
// body's last sentence, as printed (capitalised).
var gluedCreditLabels = []string{
	"Penulis", "Reporter", "Pewarta", "Editor", "Redaktur", "Penyunting", "Kontributor", "Jurnalis", "Wartawan",
}

// creditLabelsByFirst holds gluedCreditLabels by their first byte.
var creditLabelsByFirst = byFirstByte(gluedCreditLabels)

// creditOpeners are the first bytes of the credits creditAfter reads: a
// bracket, "Ditulis oleh" and the labels.
var creditOpeners = func() (t [256]bool) {
	t['('], t['D'] = true, true
	for _, l := range gluedCreditLabels {
		t[l[0]] = true
	}
	return t
}()

// creditAfter returns the length of the credit that opens s, the text after
// a sentence end, or 0: the desk's initials in brackets ("(abc/def)"), or a
// credit line up to the next sentence end or the end of s, opening with a
// capitalised label and its colon ("Editor: Nama", "(Reporter: A | Editor:
// B)") or "(Ditulis oleh" — never more than a credit line's length.
func creditAfter(s string) int {
	if len(s) < 4 || !creditOpeners[s[0]] {
		return 0
	}
	if s[0] == '(' {
		if k := strings.IndexByte(s, ')'); k > 0 && k < 24 && signOffCode(strings.TrimRight(s[1:k], ".- ")) {
			return k + 1
		}
	}
	t := s
	if t[0] == '(' {
		t = t[1:]
	}
	label := strings.HasPrefix(t, "Ditulis oleh ")
	for _, l := range creditLabelsByFirst[t[0]] {
		if rest, ok := strings.CutPrefix(t, l); ok && strings.HasPrefix(strings.TrimLeft(rest, " "), ":") {
			label = true
			break
		}
	}
	if !label {
		return 0
	}
	n := len(s)
	if s[0] == '(' {
		if k := strings.IndexByte(s, ')'); k > 0 {
			n = k + 1
		}
	} else if k := strings.Index(s, ". "); k > 0 {
		n = k + 1
	}
	if n > maxCredit {
		return 0
	}
	return n
}

// creditBlock emits the credit of n bytes at s[at:] as a block of its own
// and returns where the text goes on and the index the scan resumes after.
func creditBlock(s string, at, n int, emit func(string)) (from, next int) {
	emit(s[at : at+n])
	from = at + n
	for from < len(s) && (s[from] == ' ' || s[from] == '.') {
		from++ // "(abc)." : the period the sign-off took from its sentence
	}
	return from, from - 1
}

// maxSpeechTag is the most words of a speech tag after a quotation:
// "ujar Samuel dalam rapat di DPR, Kamis (3/7/2025)".
const maxSpeechTag = 16

// maxSpeechTagBytes bounds the text before a sentence end searched for a
// quotation's closing mark and its speech tag.
const maxSpeechTagBytes = 240

// speechTagBefore reports whether s ends with a quotation closed on a
// comma or a sentence end and the speech tag after it, up to its period:
// `…kami," ujar dia`, `…,” kata Kepala Dinas Budi`, `…," begitu katanya`.
// The tag opens lower-case, has a reporting verb among its first words
// and holds no sentence end of its own (a period inside a bracket, "(Ka.
// KPLP)", is none).
func speechTagBefore(s string) bool {
	if len(s) > maxSpeechTagBytes {
		s = s[len(s)-maxSpeechTagBytes:]
	}
	q, n := -1, 0 // the last closing mark and its length
	for k := len(s) - 1; k > 0; k-- {
		if s[k] == '"' {
			q, n = k, 1
			break
		}
		if s[k] == 0x9d && k >= 2 && s[k-2:k+1] == "”" {
			q, n = k-2, len("”")
			break
		}
	}
	if q <= 0 {
		return false
	}
	if p := s[q-1]; p != ',' && p != '.' && p != '!' && p != '?' {
		return false
	}
	tag := s[q+n:]
	if len(tag) < 2 || tag[0] != ' ' || !isLowerByte(tag[1]) || strings.ContainsAny(tag, "!?“") || strings.Count(tag, "(") != strings.Count(tag, ")") {
		return false
	}
	if wordCount(tag) > maxSpeechTag || !reportingVerbIn(tag) {
		return false
	}
	depth := 0 // brackets open
	for i := 0; i < len(tag); i++ {
		switch tag[i] {
		case '(':
			depth++
		case ')':
			depth--
		case '.':
			if depth == 0 && !abbreviationBefore(tag[:i]) && !(i+1 < len(tag) && isDigit(tag[i+1])) {
				return false
			}
		}
	}
	return true
}

// reportingVerbIn reports whether one of the first three words of a speech
// tag is a reporting verb: "kata", "ujarnya", "begitu katanya", "X menambahkan".
func reportingVerbIn(tag string) bool {
	for i, w := 0, tag; i < 3; i++ {
		w = strings.TrimLeft(w, " ")
		if w == "" {
			break
		}
		end := strings.IndexByte(w, ' ')
		if end < 0 {
			end = len(w)
		}
		word := strings.TrimRight(w[:end], ",.")
		if tailVerbs[word] || tailVerbs[strings.TrimSuffix(word, "nya")] || subjectVerbs[word] {
			return true
		}
		w = w[end:]
	}
	return false
}

// gluedHeading reads a subheading that opens the text at s[at:] and runs
// into its paragraph, "Harta Karun di DuniaChina merupakan", emitting it;
// it returns where the text goes on and the index the scan resumes after.
func gluedHeading(s string, at int, emit func(string)) (from, next int) {
	if k := headingEnd(s, at, 0, 3); k > 0 {
		emit(s[at:k])
		return k, k - 1
	}
	return at, at - 1
}

// insideQuote reports whether a quotation opened in s is still open: a
// period inside a quotation ("fitnah.Gak baik,”) does not end a paragraph.
// Outlets close a curly opening mark with a straight one as often as with
// its pair ("“Semangat berbagi … kami," ujar dia.).
func insideQuote(s string) bool {
	// The last opening mark, found forwards: strings.Index skips to the
	// marks' first byte quickly, where strings.LastIndex hashes every byte.
	open := -1
	for k := strings.Index(s, "“"); k >= 0; k = strings.Index(s[open+1:], "“") {
		open += 1 + k
	}
	if open < 0 {
		return false
	}
	rest := s[open+len("“"):]
	return !strings.Contains(rest, "”") && strings.IndexByte(rest, '"') < 0
}

// straightOpen reports whether s leaves a quotation in straight marks open:
// it holds no curly marks and an odd number of straight ones.
func straightOpen(s string) bool {
	return !strings.Contains(s, "“") && !strings.Contains(s, "”") && strings.Count(s, `"`)%2 == 1
}

// bracketSentence reports whether s ends inside a bracket that opens a
// sentence of its own: "tersebut. (Baca wawancara: Judul".
func bracketSentence(s string) bool {
	open := strings.LastIndexByte(s, '(')
	if open < 0 || strings.IndexByte(s[open:], ')') >= 0 {
		return false
	}
	before := strings.TrimRight(s[:open], " ")
	if before == "" {
		return false
	}
	switch before[len(before)-1] {
	case '.', '!', '?':
		return !abbreviationBefore(before[:len(before)-1])
	}
	return false
}

// stopSets are the bytes at which splitSentences looks for a break: a
// period and a closing bracket, and the exclamation and question marks,
// each with the one, the other or both of the two.
var stopSets = [4]string{".)", ".)!", ".)?", ".)!?"}

// A byteFinder finds, in order, the bytes of a set of at most four in s.
// Each byte is searched for with strings.IndexByte, which passes over the
// text between two of them many bytes at a time, and is looked for again
// only once the caller has passed where it was found.
type byteFinder struct {
	s    string
	set  string
	next [4]int // where each byte of set stands next, len(s) past the last; -1 before the first search
}

// newByteFinder returns a byteFinder for the bytes of set in s.
func newByteFinder(s, set string) byteFinder {
	f := byteFinder{s: s, set: set}
	for k := range len(set) {
		f.next[k] = -1
	}
	return f
}

// newStopFinder returns a byteFinder for the bytes of stopSets in s that
// looks for '!' and '?' only if may holds their kinds.
func newStopFinder(s string, may cueSet) byteFinder {
	k := 0
	if may&mayExclaim != 0 {
		k++ // stopSets[1] holds '!'
	}
	if may&mayQuestion != 0 {
		k += 2 // stopSets[2] holds '?', stopSets[3] both
	}
	return newByteFinder(s, stopSets[k])
}

// from returns the offset of the first byte of the set at or after i in s,
// or len(s). i must not be less than in the call before.
func (f *byteFinder) from(i int) int {
	first := len(f.s)
	for k, at := range f.next[:len(f.set)] {
		if at < i {
			at = len(f.s)
			if n := strings.IndexByte(f.s[i:], f.set[k]); n >= 0 {
				at = i + n
			}
			f.next[k] = at
		}
		first = min(first, at)
	}
	return first
}

// gluedNumber returns where a list number glued to the lower-case word
// before it opens, "Terbesar1. Israel", when it ends at the period s[dot]
// and opens more than three bytes after from; or 0.
func gluedNumber(s string, from, dot int) int {
	if dot < 5 || !isDigit(s[dot-1]) {
		return 0
	}
	for d := dot - 2; d < dot; d++ {
		if d-from > 3 && isDigit(s[d]) && isLowerByte(s[d-1]) && numberedItem(s[d:]) > 0 && lowerRun(s[:d]) >= 3 {
			return d
		}
	}
	return 0
}

// numberedItem returns the length of a list number opening s, "2. " before
// a capital, or 0.
func numberedItem(s string) int {
	k := 0
	for k < len(s) && k < 2 && isDigit(s[k]) {
		k++
	}
	if k == 0 || k+2 >= len(s) || s[k] != '.' || s[k+1] != ' ' || !isUpperByte(s[k+2]) {
		return 0
	}
	return k + 2
}

// titleAfterNumber reports whether s opens with a number and a run of
// title-case words, "10 Negara dengan Jumlah Terbesar": a heading, not a
// figure in a sentence ("10 orang").
func titleAfterNumber(s string) bool {
	k := 0
	for k < len(s) && k < 3 && isDigit(s[k]) {
		k++
	}
	if k == 0 || k >= len(s) || s[k] != ' ' {
		return false
	}
	words := strings.Fields(s[k:min(len(s), k+60)])
	if len(words) < 4 || !isUpperByte(words[0][0]) || !isLowerByte(words[0][len(words[0])-1]) {
		return false
	}
	caps := 0
	for _, w := range words[:4] {
		if isUpperByte(w[0]) {
			caps++
		}
	}
	return caps >= 3
}

// lowerRun returns how many lower-case ASCII letters end s.
func lowerRun(s string) int {
	n := 0
	for n < len(s) && isLowerByte(s[len(s)-1-n]) {
		n++
	}
	return n
}

// numberedHeading reads the numbered subheading at s[at:], whose number
// takes n bytes. A glued body runs the heading into its paragraph with no
// space, "2. LatviaPerempuan di Latvia": the heading ends where a
// lower-case letter meets a capital, when the body writes one of the two
// words on its own elsewhere (so "2. YouTube" is not cut). It emits the
// heading when it finds its end and returns where the text goes on, and
// the index the scan resumes after.
func numberedHeading(s string, at, n int, emit func(string)) (from, next int) {
	if k := headingEnd(s, at, n, 1); k > 0 {
		emit(s[at:k])
		return k, k - 1
	}
	return at, at + n - 1
}

// headingEnd returns where the subheading at s[at:], after its number of n
// bytes if any, runs into its paragraph, or 0. The heading is a run of
// title-case words (and the small words titles keep lower-case); the join
// is a lower-case letter followed by a capital, and it is a join of two
// words when it comes after two or more title-case words of the heading
// ("1. Gunakan Fitur Kata KunciSalah satu cara"), or, for a numbered
// heading (minWords 1), when the body writes one of the two words on its
// own elsewhere ("2. LatviaPerempuan", not "2. YouTube").
func headingEnd(s string, at, n, minWords int) int {
	if at >= len(s) || !isUpperByte(s[at+n]) {
		return 0
	}
	end := min(len(s), at+n+80)
	words := 0 // title-case words of the heading before the join
	for k := at + n; k+1 < end; k++ {
		c := s[k]
		if c == '.' || c == '!' || c == '?' || c == ':' || c == ',' {
			break
		}
		if c == ' ' {
			if isLowerByte(s[k+1]) && !titleSmallWord(nextWord(s[k+1:])) {
				break // a sentence, not a heading
			}
			continue
		}
		if k == at+n || s[k-1] == ' ' {
			words++
		}
		if !isLowerByte(c) || !isUpperByte(s[k+1]) {
			continue
		}
		ws := k + 1 - lowerRun(s[:k+1])
		if ws > 0 && isUpperByte(s[ws-1]) {
			ws--
		}
		left := s[ws : k+1]
		re := k + 1
		for re < len(s) && (isLowerByte(s[re]) || re == k+1) {
			re++
		}
		right := s[k+1 : re]
		if len(left) >= 3 && len(right) >= 3 && (words >= 3 || words >= minWords && (standaloneElsewhere(s, left, ws) || standaloneElsewhere(s, right, k+1))) {
			return k + 1
		}
	}
	return 0
}

// maxSpacedHeading bounds a subheading that spacedHeadingEnd reads.
const maxSpacedHeading = 80

// spacedHeadingEnd returns where a subheading that opens s[at:] ends, when
// a scraper joined it to its paragraph with a space, or 0. The heading is a
// run of two or more title-case words (and the small words titles keep
// lower-case) with no punctuation; the paragraph opens with a capitalised
// word that only a sentence's start capitalises ("Berdasarkan", "Menurut",
// "Sementara") followed by a lower-case word: "Keluhan di Media Sosial
// Berdasarkan pantauan …". Nothing in a sentence is capitalised so: a name
// runs on in capitals ("Kementerian Dalam Negeri").
func spacedHeadingEnd(s string, at int) int {
	if at >= len(s) || !isUpperByte(s[at]) && !isDigit(s[at]) {
		return 0 // the heading's first word is title-case
	}
	caps := 0 // title-case words of the heading
	for k := at; k < len(s) && k-at <= maxSpacedHeading; {
		e := k
		for e < len(s) && s[e] != ' ' {
			e++
		}
		w := s[k:e]
		switch {
		case w == "":
			return 0 // two spaces in a row: no heading of ours
		case isUpperByte(w[0]) && caps >= 2 && lookupLower(paragraphOpeners, w):
			if e+1 < len(s) && isLowerByte(s[e+1]) {
				return k - 1
			}
			return 0
		case isLowerByte(w[0]) && !titleSmallWord(w):
			return 0 // a sentence's word, read before plainWord would
		case !plainWord(w):
			return 0
		case isUpperByte(w[0]) || isDigit(w[0]):
			caps++
		case caps == 0 || !titleSmallWord(w):
			return 0
		}
		if e >= len(s) {
			break
		}
		k = e + 1
	}
	return 0
}

// plainWord reports whether w is letters and digits, with inner hyphens
// and apostrophes: a word with no punctuation around it.
func plainWord(w string) bool {
	if w == "" || !isWordByte(w[0]) || !isWordByte(w[len(w)-1]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isWordByte(c) && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

// paragraphOpeners are words that, capitalised, can only open a sentence:
// conjunctions, prepositions and the reporting words a paragraph opens with.
var paragraphOpeners = set(`namun sementara menurut saat dalam di pada untuk dengan jika ketika setelah sebelum
	selain bahkan tapi tetapi hal sebelumnya kemudian lalu meski walau meskipun karena bagi oleh usai seusai
	sesudah hingga sejak seperti adapun sedangkan diberitakan dilansir dikutip mengutip melansir berdasarkan
	sebagai selama terkait`)

// lookupLower returns m's value for w lower-cased (strings.ToLower).
func lookupLower[V any](m map[string]V, w string) V {
	var buf [64]byte // an ASCII word is lower-cased here, with no allocation
	if len(w) > len(buf) {
		return m[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return m[strings.ToLower(w)]
		}
		buf[i] = lowerByte(w[i])
	}
	return m[string(buf[:len(w)])]
}

// nextWord returns the word that opens s.
func nextWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// standaloneElsewhere reports whether s holds w as a word of its own
// somewhere other than at offset at.
func standaloneElsewhere(s, w string, at int) bool {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(w)
		if i == at {
			continue
		}
		if (i == 0 || !isWordByte(s[i-1])) && (off == len(s) || !isWordByte(s[off])) {
			return true
		}
	}
	return false
}

func startsUpperAfterQuote(s string) bool {
	_, n := utf8.DecodeRuneInString(s)
	r, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// closesBefore reports whether s ends with a closing bracket or quotation
// mark, after which a period ends a sentence: "(Alliance).Kalimat".
func closesBefore(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ')' || r == '"' || r == '”' || r == ']'
}

// abbreviationBefore reports whether the word that ends s is an abbreviation
// or an initial, after which a period does not end a sentence ("Dr.", "M.",
// a physician's "Sp." of "Sp.PD").
func abbreviationBefore(s string) bool {
	w := lastWord(s)
	if w == "" && strings.HasSuffix(s, " ") {
		// A period after a space ends a sentence whose last word, a
		// link's, ends before it: "klik di sini .Balapan"; not a name
		// that opens with a period after a comma (", .Feast").
		t := strings.TrimRight(s, " ")
		r, _ := utf8.DecodeLastRuneInString(t)
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !closesBefore(t)
	}
	if utf8.RuneCountInString(w) <= 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "dr", "drs", "dra", "ir", "prof", "sp", "st", "no", "hj", "kh", "mr", "mrs", "ms", "jl", "kec", "kab", "pt", "cv", "tbk", "sh", "se", "mm", "msi", "ssi", "spd", "skom", "dll", "dsb", "tsb", "bpk", "sdr", "a.n", "u.p", "vol", "jil", "rp", "tgl":
		return true
	}
	return false
}

// lastWord returns the run of letters, digits and dots that ends s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i -= n
	}
	return s[i:]
}

// allCapsDomain reports whether the period at s[i] joins two upper-case
// parts of one name ("TRIBUNNEWS.COM", "REPUBLIKA.CO.ID").
func allCapsDomain(s string, i int) bool {
	return i > 0 && isUpperByte(s[i-1]) && i+2 < len(s) && isUpperByte(s[i+1]) && !isLowerByte(s[i+2])
}

// documentNumber reports whether the period at s[i] is inside the number
// of a decree, a case or a letter, which joins numbers and capitals with
// slashes and periods: "Nomor 430.K/30/DJB/2017", "2683/PAN.3/W10.U1/HK2",
// "No. 148/Pdt.Sus-PKPU/2025/PN.Jkt". The word around it holds, before the
// period, digits and a slash and a part after the slash that opens with a
// capital, and another slash after the period or a letter just before it;
// or a number before the period runs into capitals and a slash
// ("430.K/30"). A sentence glued after a date, a year, a pair of words or
// an address ("10/6/2025.Kalimat", "2025.Sabar/Reza menang",
// "HIV/AIDS.Selain itu", "bit.ly/daftar.Ikuti") ends there, and so does
// one after a closing bracket.
func documentNumber(s string, i int) bool {
	start := strings.LastIndexByte(s[:i], ' ') + 1
	end := strings.IndexByte(s[i:], ' ')
	if end < 0 {
		end = len(s)
	} else {
		end += i
	}
	before, after := s[start:i], s[i+1:end]
	if before == "" || closesBefore(before) {
		return false
	}
	if slash := strings.LastIndexByte(before, '/'); slash >= 0 && slash+1 < len(before) && isUpperByte(before[slash+1]) {
		// "2683/PAN.3/W10.U1/HK2", "2025/PN.Jkt"; not "10/6/2025.Kalimat",
		// "HIV/AIDS.Kalimat" nor "https://bit.ly/daftar.Kalimat"
		return strings.Contains(after, "/") || isASCIILetter(before[len(before)-1]) && strings.ContainsAny(before, "0123456789")
	}
	k := 0
	for k < len(after) && (isUpperByte(after[k]) || isDigit(after[k])) {
		k++
	}
	return strings.Trim(before, "0123456789") == "" && k > 0 && k < len(after) && after[k] == '/'
}

// appendClean appends src to dst as cleanText would clean it: white space
// collapsed, ends trimmed, NFC.
func appendClean(dst, src []byte) []byte {
	start := len(dst)
	space := false
	ascii := true
	for i := 0; i < len(src); {
		c := src[i]
		// Copy a run of printable ASCII at once, with the single spaces
		// between its words.
		if c > ' ' && c < 0x7f {
			j := i + asciiTextRun(src[i:])
			if src[j-1] == ' ' {
				j-- // a space before other white space, or the end
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, src[i:j]...)
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = len(dst) > start
				continue
			case c < ' ' || c == 0x7f:
				continue
			}
			if space {
				dst = append(dst, ' ')
				space = false
			}
			dst = append(dst, c)
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		i += n
		switch {
		case isSpace(r):
			space = len(dst) > start
			continue
		case r >= 0x200b && r <= 0x200f, r == 0xfeff, r == 0x2060, r == 0xad:
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		ascii = false
		dst = utf8.AppendRune(dst, r)
	}
	if !ascii && !norm.NFC.IsNormal(dst[start:]) {
		seg := norm.NFC.Bytes(dst[start:])
		dst = append(dst[:start], seg...)
	}
	return dst
}
