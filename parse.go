package berita

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Errors returned by the parsers. Test for them with errors.Is: the error
// returned usually wraps one of these with the detail.
var (
	// ErrTooLarge reports an input longer than Parser.MaxBytes.
	ErrTooLarge = errors.New("berita: input too large")
	// ErrNotArticle reports a page that is not an article (a homepage or an
	// index of links); the error returned wraps it with the reason. The
	// Article returned with it still holds the page's metadata.
	ErrNotArticle = errors.New("berita: not an article")
	// ErrNoContent reports an input with no text at all.
	ErrNoContent = errors.New("berita: no content")
	// ErrNotText reports an input that is binary data (an image, a PDF,
	// an archive, random bytes), not a page or a text.
	ErrNotText = errors.New("berita: not text")
)

// The limits of a Parser whose limit fields are zero.
const (
	// DefaultMaxBytes is the input size limit of a Parser whose MaxBytes is zero.
	DefaultMaxBytes = 32 << 20
	// DefaultMaxParagraphs is the paragraph limit of a Parser whose MaxParagraphs is zero.
	DefaultMaxParagraphs = 10_000
	// DefaultMaxQuotes is the quote limit of a Parser whose MaxQuotes is zero.
	DefaultMaxQuotes = 1_000
)

// wib is Waktu Indonesia Barat (UTC+7): Jakarta, Sumatra, Java, West and
// Central Kalimantan. Indonesia keeps no daylight saving, so fixed zones are exact.
var wib = time.FixedZone("WIB", 7*3600)

// A Parser parses articles. Its zero value is ready to use, and a Parser is
// safe for concurrent use by multiple goroutines: all per-call state lives in
// the call.
type Parser struct {
	// URL is the address the page was fetched from, used to recognise the
	// outlet and to resolve relative links; Article.URL is the canonical
	// address the page states, and this one only when it states none.
	// Empty means the page's own canonical or og:url, if any.
	URL string
	// MaxBytes is the largest input accepted; a longer one fails with
	// ErrTooLarge. Zero means DefaultMaxBytes; a negative value means no limit.
	MaxBytes int64
	// MaxParagraphs is the most paragraphs an Article keeps; those past it
	// are dropped. Zero means DefaultMaxParagraphs; a negative value means no limit.
	MaxParagraphs int
	// MaxQuotes is the most quotes an Article keeps; those past it are
	// dropped. Zero means DefaultMaxQuotes; a negative value means no limit.
	MaxQuotes int
	// Now is the reference time for relative dates ("2 jam lalu", "kemarin").
	// Zero means relative dates are not resolved. berita never reads the clock.
	// ParseHTML takes a relative or partial date as the publication time only
	// from the page's own date element by the headline, never from sidebars
	// or teasers: a page whose own date cannot be read has none.
	Now time.Time
	// Location is the zone of times printed without one. Nil means WIB (UTC+7).
	Location *time.Location
	// Charset is the character set the transport named for the input, as
	// the charset parameter of an HTTP Content-Type ("iso-8859-1",
	// "windows-1252", "gbk"). It is used for a page that declares none
	// itself (no BOM, no meta charset) and is not UTF-8. Empty means the
	// page's own declaration, else UTF-8 where the bytes are valid UTF-8
	// and windows-1252 where they are not.
	Charset string
	// Generic makes the parser ignore its outlet table: every page and text
	// is read by the generic rules alone, as a page of an outlet berita has
	// no row for is, and as a known outlet's next redesign would be until
	// its row catches up. False means outlets in the table get their rules.
	Generic bool
}

// ParseText parses an article body given as plain text. It is shorthand for
// new(Parser).ParseText(s).
func ParseText(s string) (*Article, error) {
	return new(Parser).ParseText(s)
}

// Parse parses an article read from r that may be an HTML page or a plain
// text, telling which by IsHTML. It is shorthand for new(Parser).Parse(r).
func Parse(r io.Reader) (*Article, error) {
	return new(Parser).Parse(r)
}

// Parse parses an article read from r that may be an HTML page or a plain
// text: a page goes to ParseHTML, anything else to ParseText. It is for
// callers that do not know which they hold (files of a crawl, a form's
// upload); a text is read whole, up to MaxBytes.
func (p *Parser) Parse(r io.Reader) (*Article, error) {
	br := bufio.NewReaderSize(r, 1024)
	head, _ := br.Peek(1024)
	if IsHTML(head) {
		return p.ParseHTML(br)
	}
	var b strings.Builder
	n, err := io.Copy(&b, io.LimitReader(br, p.maxBytes()+1))
	if err != nil {
		return nil, fmt.Errorf("berita: reading text: %w", err)
	}
	if n > p.maxBytes() {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, p.maxBytes())
	}
	return p.ParseText(b.String())
}

// IsHTML reports whether an input that starts with head is an HTML page
// rather than a plain text: after a BOM (UTF-8 or UTF-16) and white space
// it opens with a doctype, a comment, an XML declaration or a tag, or it
// is a fragment of markup with a closing tag in its first 512 bytes.
func IsHTML(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
		// UTF-16: the markup's ASCII is every other byte.
		head = bytes.ReplaceAll(head[2:], []byte{0}, nil)
	}
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) > 512 {
		head = head[:512]
	}
	s := strings.ToLower(string(head))
	return strings.HasPrefix(s, "<!doctype") || strings.HasPrefix(s, "<html") ||
		strings.HasPrefix(s, "<!--") || strings.HasPrefix(s, "<?xml") ||
		strings.HasPrefix(s, "<head") || strings.HasPrefix(s, "<meta") ||
		strings.HasPrefix(s, "<") && strings.Contains(s, "</")
}

// ParseHTML parses an article page read from r. It is shorthand for
// new(Parser).ParseHTML(r).
func ParseHTML(r io.Reader) (*Article, error) {
	return new(Parser).ParseHTML(r)
}

func (p *Parser) maxBytes() int64 {
	switch {
	case p.MaxBytes == 0:
		return DefaultMaxBytes
	case p.MaxBytes < 0:
		return 1<<63 - 1
	}
	return p.MaxBytes
}

func (p *Parser) maxParagraphs() int { return limitOr(p.MaxParagraphs, DefaultMaxParagraphs) }

func (p *Parser) maxQuotes() int { return limitOr(p.MaxQuotes, DefaultMaxQuotes) }

// limitOr reads a limit field: zero means def, a negative value no limit.
func limitOr(n, def int) int {
	switch {
	case n == 0:
		return def
	case n < 0:
		return int(^uint(0) >> 1)
	}
	return n
}

func (p *Parser) location() *time.Location {
	if p.Location != nil {
		return p.Location
	}
	return wib
}

// A block is one unit of text a front end found: a paragraph, a heading, a
// line of a text file. Both front ends reduce their input to a list of
// blocks, and everything after that (dateline, related links, credits,
// quotes) is shared, so a rule learned from HTML also serves text.
type block struct {
	text    string
	href    string // the link of a block that is one link, or starts with a related cue and a link
	lead    string // bold text that opens the block (HTML), where datelines often stand
	heading bool   // the markup says it is a subheading (h2/h3, a lone <strong>)
	related bool   // the block stands in a box of related links
	glued   bool   // the block was cut from a longer line of text
	item    bool   // an item of a list of the body
	linked  bool   // the block's text is mostly link text (HTML)
	// cells is the number of a table row's cells with text (HTML), up to
	// maxCells; 0 for other blocks.
	cells uint8
	// at is the block's index among the page's blocks (HTML) or the text's
	// (text): pictures and embeds name the block they stand before by it.
	at int
}

// maxCells is the most cells block.cells counts: a row with more has no
// Cells, only its text.
const maxCells = 255

// isCapsByline reports whether s is a closing byline in capitals: one to
// four upper-case words and nothing else.
func isCapsByline(s string) bool {
	if len(s) > 40 {
		return false
	}
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	if len(w) == 1 && len(s) <= 4 {
		return false // an acronym: "MRT", "VVIP"
	}
	for _, x := range w {
		if isRoman(x) {
			return false // "IV MMI": a scale, a chapter
		}
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ', r == '.', r == '/':
		default:
			return false
		}
	}
	return letters >= 3
}

// A dateline may open a page's first paragraph after at most maxHeadLines
// lines of maxHeadLine bytes or less (a caption, a kicker).
const (
	maxHeadLines = 2
	maxHeadLine  = 200
)

// headLine reports whether s can stand between a headline and the lead: a
// short line that does not end a sentence (a caption ending with its
// credit "(Nama/detikcom)", a kicker, a photo source).
func headLine(s string) bool {
	if len(s) > maxHeadLine {
		return false
	}
	switch {
	case strings.HasSuffix(s, "."), strings.HasSuffix(s, "!"), strings.HasSuffix(s, "?"),
		strings.HasSuffix(s, "\""), strings.HasSuffix(s, "”"):
		return false
	}
	return true
}

// onlyDateline reports whether a block is a dateline naming its outlet and
// nothing else ("<strong>Mangupura, (Metrobali.com)-</strong>"): where the
// story starts, whatever stands above it.
func onlyDateline(b block) bool {
	d, rest, ok := leadDateline(b)
	return ok && rest == "" && d.Outlet != ""
}

// leadDateline finds a dateline that the markup sets apart: a block that is
// only a dateline ("<strong>Jakarta</strong> -" before the first paragraph)
// or a bold run opening the lead with no dash ("<b>Liputan6.com, Jakarta</b> Teks").
func leadDateline(b block) (Dateline, string, bool) {
	trim := func(s string) string { return strings.TrimRight(s, " -–—:") }
	if len(b.text) <= maxDateline {
		// A place alone is a dateline only before a dash ("Jakarta -"): a
		// short line ending in a colon is a label ("Intro :", "Reff :").
		if d, ok := parseDateline(trim(b.text)); ok && trim(b.text) != b.text && (d.Outlet != "" || strings.TrimRight(b.text, " :") != trim(b.text)) {
			d.Text = b.text
			return d, "", true
		}
	}
	if b.lead != "" && len(b.lead) <= maxDateline && strings.HasPrefix(b.text, b.lead) {
		if d, ok := parseDateline(trim(b.lead)); ok && d.Outlet != "" {
			rest := strings.TrimLeft(b.text[len(b.lead):], " -–—")
			d.Text = strings.TrimSpace(b.text[:len(b.text)-len(rest)])
			return d, rest, true
		}
	}
	return Dateline{}, "", false
}

// binaryMagic are the opening bytes of binary formats that crawls and
// folders hold beside pages and that may open with text-like bytes: PDF,
// ZIP (and the office formats), PNG, GIF, JPEG, gzip, xz, 7-Zip and ELF.
// Other formats (RIFF, Ogg, MP3, MP4, executables) carry NUL bytes early.
var binaryMagic = []string{
	"%PDF-", "PK\x03\x04", "\x89PNG", "GIF87a", "GIF89a", "\xff\xd8\xff", "\x1f\x8b", "\xfd7zXZ", "7z\xbc\xaf", "\x7fELF",
}

// isBinary reports whether an input that starts with head is binary data
// rather than text in any of the encodings pages use: it opens with a
// binary format's signature, holds a NUL byte (no single-byte text
// encoding has one; a UTF-16 page opens with its byte-order mark), or more
// than one byte in 50 is a control character that text does not use. Only
// the first 8 KiB are looked at.
func isBinary[T ~string | ~[]byte](head T) bool {
	if len(head) > binaryHead {
		head = head[:binaryHead]
	}
	if binary, ok := binarySignature(head); ok {
		return binary
	}
	controls := 0
	for i := 0; i < len(head); {
		for i+8 <= len(head) && !hasControl(word8(head[i:i+8])) {
			i += 8 // eight bytes with no control byte
		}
		for end := min(i+8, len(head)); i < end; i++ {
			switch binaryByte[head[i]] {
			case 0:
			case 1:
				controls++
			default:
				return true
			}
		}
	}
	return tooManyControls(controls, len(head))
}

// tooManyControls reports whether controls control bytes in an input's
// head of n bytes make it binary: more than one byte in 50.
func tooManyControls(controls, n int) bool { return controls*50 > n }

// binaryHead is how many bytes of an input the binary verdict reads
// (isBinary, and textShape's for a text).
const binaryHead = 8 << 10

// binarySignature reports whether an input that starts with head opens with
// a binary format's signature, and whether its opening tells at all: a
// byte-order mark of UTF-16, whose ASCII letters carry NUL bytes, tells
// that it is text.
func binarySignature[T ~string | ~[]byte](head T) (binary, ok bool) {
	if len(head) >= 2 && (head[0] == 0xfe && head[1] == 0xff || head[0] == 0xff && head[1] == 0xfe) {
		return false, true
	}
	for _, m := range binaryMagic {
		if len(head) >= len(m) && head[0] == m[0] && string(head[:len(m)]) == m {
			return true, true
		}
	}
	return false, false
}

// word8 reads the eight bytes of b as one 64-bit word, the first lowest.
func word8[T ~string | ~[]byte](b T) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// ones8 and tops8 are the 64-bit words whose eight bytes are all 0x01, and
// all 0x80: word8's bytes are tested at once with them.
const ones8, tops8 = 0x0101010101010101, 0x8080808080808080

// hasControl reports whether one of the eight bytes of w is a control byte,
// below 0x20 or 0x7f. Taking 0x20 from every byte, the lowest byte below
// 0x20 borrows into its top bit (the bytes under it borrow nothing); a
// byte from 0x80 up, whose own top bit is set, is masked out. 0x7f is the
// byte that w^0x7f..7f makes 0, found the same way.
func hasControl(w uint64) bool {
	del := w ^ 0x7f*ones8 // 0 where w holds 0x7f
	return (w-0x20*ones8)&^w&tops8 != 0 || (del-ones8)&^del&tops8 != 0
}

// binaryByte is 2 for NUL, which no text holds, 1 for the control bytes a
// few of which a text may hold, and 0 for the others.
var binaryByte = func() (t [256]byte) {
	for c := range 0x20 {
		switch c {
		case '\t', '\n', '\r', '\f', 0x1b:
		default:
			t[c] = 1
		}
	}
	t[0], t[0x7f] = 2, 1
	return t
}()

// state is the per-call state of one parse; a Parser holds none.
type state struct {
	p    *Parser
	a    *Article
	text bool // the input is plain text
	// plainBlocks is set for a text whose blocks hold no '<' and no '[':
	// the text holds neither, nor an entity that may decode to one.
	plainBlocks bool

	signOutlet string // the outlet named in a "(Tribunnews.com/Nama)" sign-off

	// The pictures and embeds of the body, in order, placed among the
	// paragraphs once they are final (placeMedia).
	pics   []picture
	embeds []embed
}

// table returns the outlet rows this parse may use: none when the Parser is
// generic.
func (st *state) table() table {
	if st.p != nil && st.p.Generic {
		return nil
	}
	return sites
}

// outletFromText names the outlet from what the body prints: its dateline
// or its sign-off.
func (st *state) outletFromText() string {
	for _, n := range []string{st.a.Dateline.Outlet, st.signOutlet} {
		if s := st.table().byName(n); s != nil {
			return s.name
		}
	}
	return ""
}

// opensQuote reports whether s opens with a quotation mark.
func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '"' || r == '“' || r == '\'' || r == '‘'
}

// phraseOfText reports whether every word of s, a line in capitals, is
// one the paragraphs write in lower case: "BABAK KEDUA" is a heading of
// the language, not a writer's name. A wire agency ("ANTARA") is a name
// whatever the text writes.
func phraseOfText(s string, paras []block) bool {
	if wireAgencies[strings.ToLower(s)] {
		return false
	}
	for _, w := range strings.Fields(s) {
		if !writtenIn(paras, strings.ToLower(strings.Trim(w, "./"))) {
			return false
		}
	}
	return true
}

// writtenIn reports whether one of paras holds the word w as a word of its
// own, as written (searchWord).
func writtenIn(paras []block, w string) bool {
	for _, p := range paras {
		if searchWord(p.text, w) > 0 {
			return true
		}
	}
	return false
}

// build turns the blocks of the article body into the Article's body,
// dateline, related links and credits. The caller has no other use for
// the blocks: build changes them as it reads them, and for a text it
// writes the paragraphs kept over them.
func (st *state) build(blocks []block) {
	a := st.a
	var paras []block
	if st.text {
		paras = blocks[:0] // each block kept goes at or before its own place
	} else {
		paras = make([]block, 0, len(blocks))
	}
	afterLabel := false // the previous block was a bare "Baca juga:" label
	labelLine := false  // … and the block just before this one
	inPromo := false    // the blocks follow a promo section's heading
	signOff := -1       // the paragraphs before a text's sign-off initials, or -1
	lastAt := -1        // the block of the last paragraph kept
	for i := range blocks {
		b := &blocks[i]
		if st.text {
			b.at = i
		}
		t := b.text
		if !st.plainBlocks {
			t = stripMarkup(b.text)
			if !st.text || len(t) != len(b.text) {
				// A text body's blocks are cleaned as textBlocks cuts them;
				// a block that held markup is cleaned again.
				t = cleanText(t)
			}
			if strings.IndexByte(t, '[') >= 0 {
				t = cutPlaceholders(t)
			}
		}
		if t == "" {
			continue
		}
		if b.heading && isPromoHead(t) {
			inPromo = true
			continue
		}
		if inPromo && !b.heading && (isNoiseLine(t) || len(t) <= maxPromoBlock && strings.HasSuffix(t, ")")) {
			continue
		}
		inPromo = false
		if afterLabel && (b.linked && b.href != "" || st.text && b.item) {
			b.related = true
		} else if afterLabel && st.text && labelLine && isHeadlineText(t) && titleCased(t) && !opensQuote(t) {
			// "Baca juga:" then, on the next line, the link's headline. A
			// label with no colon may stand where a box of links was cut
			// out, before the text goes on.
			b.related = true
			afterLabel = false
		} else {
			afterLabel = false
		}
		labelLine = false
		if isBareLabel(t) {
			afterLabel = true // Merdeka, KapanLagi: the label, then one paragraph per link
			labelLine = strings.HasSuffix(t, ":")
			continue
		}
		if b.related {
			if offSite(a.URL, b.href) {
				continue // a promotion of another site in a related slot: an ad
			}
			if t = cleanTitle(t); t != "" {
				a.Related = append(a.Related, Link{Title: t, URL: b.href})
			}
			continue
		}
		if label, title, ok := relatedLine(t); ok {
			if b.href != "" && offSite(a.URL, b.href) {
				continue
			}
			for _, t := range gluedTitleList(title) {
				a.Related = append(a.Related, Link{Title: t, URL: b.href, Label: label})
			}
			continue
		}
		if n := len(paras); n > 0 && t[0] == ':' && !paras[n-1].heading && st.credit(paras[n-1].text+" "+t) {
			paras = paras[:n-1] // "Penulis" then ": Nama": a credits table's cells
			continue
		}
		if st.text && isSignOff(t) {
			signOff = len(paras) // the sign-off's place, whichever step takes it
		}
		if isPromptLine(t) {
			continue
		}
		if isCaptionLine(t) {
			st.captionLine(t, b.at, lastAt)
			continue
		}
		edge := i < dateLineEdge || i >= len(blocks)-dateLineEdge
		if st.credit(t) || st.text && st.dateLine(t, edge) {
			continue
		}
		b.text = t
		paras = append(paras, *b)
		lastAt = b.at
	}
	before := len(paras)
	for k := range min(len(paras), maxHeadLines+1) {
		// A page may put a photo's caption or a kicker between the headline
		// and the lead: the dateline opens the first paragraph after a few
		// short lines, which are the article's head, not its text. A line
		// that ends a sentence is text: no dateline follows it.
		// A block that is a dateline with its outlet and nothing else
		// marks the lead surely enough to pass a caption that ends its
		// sentence.
		if k > 0 && (st.text || !headLine(paras[k-1].text) && !(len(paras[k-1].text) <= maxHeadLine && onlyDateline(paras[k]))) {
			break
		}
		if d, prefix, rest, ok := cutDateline(paras[k].text); ok {
			a.Dateline = d
			paras[k].text = rest
			paras = paras[k:]
			if prefix != "" {
				st.gluedHead(prefix)
			}
			break
		} else if d, rest, ok := leadDateline(paras[k]); ok {
			a.Dateline = d
			if paras[k].text = rest; rest == "" {
				k++
			}
			paras = paras[k:]
			break
		}
	}
	if st.text {
		if signOff >= 0 {
			signOff -= before - len(paras) // the blocks the dateline step took off the front
		}
		paras = textTail(paras, signOff)
	}
	// Merdeka ends the last paragraph with the initials: "... Buahbatu (mdk/yan)";
	// Okezone prints them as a paragraph of their own: "(kha.-)"; Tribun's
	// regional papers end it with the outlet and the writer.
	if n := len(paras); n > 0 && a.Initials == "" && strings.HasSuffix(paras[n-1].text, ")") {
		t := paras[n-1].text
		if open := strings.LastIndexByte(t, '('); open >= 0 {
			in := strings.TrimRight(t[open+1:len(t)-1], ".- ")
			outlet, _, _ := strings.Cut(in, "/")
			credit := true
			if signOffCode(in) || isDeskCode(in) {
				a.Initials = in
			} else {
				// Tribun's "… kata dia. (Tribunlampung.co.id/Nama Penulis)":
				// the outlet and the writer.
				credit = outlet != in && isOutletName(strings.TrimSpace(outlet)) && st.signOff(in)
			}
			if credit {
				if paras[n-1].text = strings.TrimSpace(t[:open]); paras[n-1].text == "" {
					paras = paras[:n-1]
				}
			}
		}
	}
	// Tempo closes with the writer's name in capitals: "DINI TEJA", "ANTARA".
	if n := len(paras); n > 1 && isCapsByline(paras[n-1].text) && endsSentence(paras[n-2].text) && !phraseOfText(paras[n-1].text, paras[:n-1]) {
		st.addName(&a.Authors, paras[n-1].text)
		paras = paras[:n-1]
	}
	if st.text {
		paras = st.textHeadings(paras)
	}
	if a.Outlet == "" {
		a.Outlet = st.outletFromText()
	}
	var titles map[string]bool // the related links' titles, when there are any
	longest := 0               // the longest of them: a longer line is none
	if len(a.Related) > 0 {
		titles = make(map[string]bool, len(a.Related))
		for _, l := range a.Related {
			titles[l.Title] = true
			longest = max(longest, len(l.Title))
		}
	}
	a.Paragraphs = make([]Paragraph, 0, min(len(paras), st.p.maxParagraphs()))
	var paraAt []int // the blocks the paragraphs come from, to place pictures and embeds
	media := len(st.pics)+len(st.embeds) > 0
	for i := range paras {
		b := &paras[i]
		if len(b.text) <= longest && titles[b.text] {
			continue // the related link's title printed again as a line of the body
		}
		if len(a.Paragraphs) == st.p.maxParagraphs() {
			a.Truncated = true
			break
		}
		p := Paragraph{Text: b.text, Kind: KindText}
		switch {
		case b.heading:
			p.Kind = KindHeading
		case b.cells > 0:
			p.Kind = KindRow
			if cells := strings.Split(b.text, " | "); b.cells < maxCells && len(cells) == int(b.cells) {
				p.Cells = cells
			}
		case b.item:
			p.Kind = KindItem
		}
		a.Paragraphs = append(a.Paragraphs, p)
		a.WordCount += strings.Count(b.text, " ") + 1 // the text is clean: one space between two words
		if media {
			paraAt = append(paraAt, b.at)
		}
	}
	st.placeMedia(paraAt)
}

// gluedHead reads the text a scraper glued before the dateline: an opening
// credit ("Laporan Rahmad Wiguna | Aceh Tamiang") or the headline and the
// byline run together ("Judul BeritaTim Redaksi").
func (st *state) gluedHead(s string) {
	if st.credit(s) {
		return
	}
	if k := camelBreakLast(s); k > 0 && looksLikeName(s[k:]) {
		st.addName(&st.a.Authors, s[k:])
		s = strings.TrimSpace(s[:k])
	}
	if st.a.Title == "" && !contentsLabel(s) {
		st.a.Title = s
	}
}

// textHeadings marks the short standalone lines inside a text body as
// subheadings, and takes a headline line that opens the text as the title.
func (st *state) textHeadings(paras []block) []block {
	if len(paras) > 2 && st.a.Dateline == (Dateline{}) && !paras[0].glued && !paras[0].item && opensCredit(paras[0].text) {
		// "Laporan Nama Penulis" above the dateline: the writer's credit.
		lower := func(w string) bool { return writtenIn(paras[1:], w) }
		if d, prefix, rest, ok := cutDateline(paras[1].text); ok && prefix == "" && st.openingCredit(paras[0].text, d.Outlet, lower) {
			st.a.Dateline = d
			paras[1].text = rest
			paras = paras[1:]
		}
	}
	if len(paras) > 2 && st.a.Title == "" && !paras[0].glued && !paras[0].item && st.a.Dateline == (Dateline{}) && headingShape(paras[0].text, 20) && !contentsLabel(paras[0].text) {
		st.a.Title = paras[0].text
		paras = paras[1:]
		if d, prefix, rest, ok := cutDateline(paras[0].text); ok && prefix == "" {
			st.a.Dateline = d
			paras[0].text = rest
		}
	}
	for i := 1; i+1 < len(paras); i++ {
		b := &paras[i]
		if !b.glued && !b.item && !paras[i+1].heading && len(paras[i+1].text) > len(b.text) && headingShape(b.text, 12) {
			b.heading = true
		}
	}
	return paras
}

// headingShape reports whether s reads as a heading: a short line that opens
// with a capital and ends with no sentence punctuation or quotation mark.
func headingShape(s string, maxWords int) bool {
	if len(s) > 150 || s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':', '!', '?', ')':
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	if strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”") {
		return false
	}
	return wordCount(s) <= maxWords // a text's lines hold no white space but single spaces
}

// dateLine reads a line of text that states the article's own time, such as
// "Kompas.com - 28/05/2025, 13:30 WIB", and reports whether it was one. A
// date inside a sentence is the event's, not the article's, and a time of
// day alone ("Pukul 17.35 WIB", "16.00 WIB : Persib vs Persis") is a
// schedule's: the line must be short, stand among the first or last lines
// of the text (edge), hold a time of day, and state a whole date with its
// year and nothing else (isDateLineShape).
func (st *state) dateLine(s string, edge bool) bool {
	// The shape's year is a run of four digits of its own in one of the
	// line's words, so the line holds one (hasYear) or is not the shape.
	if len(s) > 60 || !edge || !st.a.Published.IsZero() || !hasYear(s) || !isDateLineShape(s) {
		return false
	}
	t, prec, err := st.p.ParseDate(s)
	if err != nil || prec < PrecisionMinute || strings.Count(s, " ") > 8 {
		return false
	}
	st.a.Published, st.a.PublishedPrecision = t, prec
	return true
}

// extract reads what the body says once the paragraphs and the article's
// own date are final: the dates it mentions, its quotes and its sources.
func (st *state) extract() {
	a := st.a
	a.Dates = findDates(a.Paragraphs, a.Published, st.p.location())
	room := tokenPool.Get().(*tokenRoom)
	grown := room.slab[:0]
	used := 0 // the most tokens a part used: the slab is zero past them
	defer func() {
		// The tokens point into the paragraphs: clear them before reuse so
		// the pool keeps no article alive. (Each paragraph's tokens are a
		// slice of the slab.) A huge slab is not kept.
		clear(grown[:used])
		clear(room.tk.toks)
		if room.slab = grown[:0]; room.small() {
			tokenPool.Put(room)
		}
	}()
	// The body is read in parts of about a megabyte of text, their tokens
	// in one slab used again for each: a part's tokens take about ten
	// times its text, and a huge body read whole would hold gigabytes of
	// them. A quotation is resolved within its part, and every article
	// short of a megabyte is one part.
	var lang languageCount
	var quotes []Quote
	var sources []string
	for start := 0; start < len(a.Paragraphs); {
		end := partEnd(a.Paragraphs, start, 1<<20)
		part := a.Paragraphs[start:end]
		var bt bodyTokens
		bt, grown = room.tk.tokenize(grown[:0], part)
		used = max(used, len(grown))
		lang.add(bt.lang)
		if len(quotes) <= st.p.maxQuotes() {
			quotes = findQuotesIn(quotes, part, bt.toks, start)
		}
		sources = appendNew(sources, findSourcesIn(part, bt.toks, bt.classes)...)
		start = end
	}
	a.Language = lang.language(a.Language)
	a.Quotes = quotes
	if n := st.p.maxQuotes(); len(a.Quotes) > n {
		a.Truncated = true
		a.Quotes = a.Quotes[:n:n]
	}
	credited := a.Sources // named by credit lines ("Sumber: X")
	a.Sources = sources
	for _, s := range credited {
		st.addName(&a.Sources, s)
	}
	// A wire story credits the agency as its writer (Tempo's "ANTARA", The
	// Jakarta Post's "Agence France-Presse"): the agency is also its source.
	for _, au := range a.Authors {
		if wireAgencies[strings.ToLower(au)] {
			st.addName(&a.Sources, au)
		}
	}
}

// partEnd returns the end of the part of paras that starts at start and
// holds about max bytes of text: at least one paragraph, and never a
// heading as its last.
func partEnd(paras []Paragraph, start, max int) int {
	n, end := 0, start
	for end < len(paras) && (end == start || n+len(paras[end].Text) <= max) {
		n += len(paras[end].Text)
		end++
	}
	for end > start+1 && end < len(paras) && paras[end-1].Kind == KindHeading {
		end--
	}
	return end
}

// A languageCount counts the function words of Indonesian and of English
// in a body, which every sentence of either language is full of and which
// the other language does not use.
// The tokenizer counts them as it reads the words.
type languageCount struct{ id, en int }

// add adds the counts of d to c.
func (c *languageCount) add(d languageCount) {
	c.id += d.id
	c.en += d.en
}

// language tells Indonesian from English by the counts. The language the
// markup states (markup) breaks a tie, and stands when the body is too
// short to tell: pages of Indonesian outlets that say lang="en", and
// English editions that say nothing, are both common.
func (c languageCount) language(markup string) string {
	switch {
	case c.id+c.en < 12:
		return markup
	case c.id >= 3*c.en:
		return "id"
	case c.en >= 3*c.id:
		return "en"
	}
	return markup
}

// functionWords are words of Indonesian ('i') and English ('e') text that
// the other language does not use, lower-cased.
var functionWords = func() map[string]byte {
	m := make(map[string]byte)
	for _, w := range strings.Fields("yang dan di ini itu dengan untuk dari tidak akan pada dalam adalah ke juga karena sudah telah oleh bahwa atau saat kami mereka kita ia dia tersebut bisa lebih masih hanya belum seperti namun setelah kata ujar") {
		m[w] = 'i'
	}
	for _, w := range strings.Fields("the and of to is that for with was were on are as it by from has have had been this which would will their they said not but be an at who") {
		m[w] = 'e'
	}
	return m
}()

// wireAgencies are the news agencies articles credit as writer, lower-cased.
var wireAgencies = map[string]bool{
	"antara": true, "antara news": true, "reuters": true, "afp": true, "agence france-presse": true,
	"ap": true, "associated press": true, "xinhua": true, "bernama": true, "kyodo": true, "dpa": true,
	"anadolu": true, "bloomberg": true,
}

// stripMarkup removes tags from text: the markup of HTML given to ParseText,
// and tags that a page escaped ("&lt;b&gt;") and the tokenizer decoded.
// Only real markup goes (see tagEnd): an address in angle brackets
// ("<redaksi@kompas.com>", "<https://kompas.com>") or a comparison
// ("a<b dan c>d") is text and stays.
func stripMarkup(s string) string {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i >= 0 {
		b.WriteString(s[:i])
		if n := tagEnd(s[i:]); n > 0 {
			b.WriteByte(' ')
			s = s[i+n:]
		} else if n < 0 {
			s = "" // a tag cut off by the end of the text
			break
		} else {
			b.WriteByte('<')
			s = s[i+1:]
		}
		i = strings.IndexByte(s, '<')
	}
	b.WriteString(s)
	return b.String()
}

// maxTag is the longest tag stripMarkup looks for: a longer '<…>' run is
// text, and no '<' costs more than this to look at.
const maxTag = 2048

// tagEnd returns the length of the tag that s opens with, or 0 when s does
// not open with one. A tag is '<' or "</", the name of an element HTML
// defines, and what follows up to the next '>': attributes with values
// ("<a href="…" target=_blank>"), bare ones HTML allows ("<td nowrap>"), or
// broken markup (a '<', a quote or an '=' inside). Bare words that are not
// attributes make it prose: "a<b dan c>d". A tag that the end of s cuts off
// after an '=' ("<a href="https://…", a scraper's truncated field) gives
// -1: the rest of s is markup.
func tagEnd(s string) int {
	cut := -1 // what a tag cut off by the end of s gives
	if len(s) > maxTag {
		s, cut = s[:maxTag], 0
	}
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	j := i
	for j < len(s) && (isASCIILetter(s[j]) || j > i && '0' <= s[j] && s[j] <= '9') {
		j++
	}
	if j == i || !htmlElements[strings.ToLower(s[i:j])] {
		return 0
	}
	if j < len(s) && !isSpaceByte(s[j]) && s[j] != '>' && s[j] != '/' && s[j] != '<' {
		return 0 // "<bahasa", "<b-…": a longer word
	}
	gt := strings.IndexByte(s[j:], '>')
	if gt < 0 {
		if strings.IndexByte(s[j:], '=') >= 0 {
			return cut
		}
		return 0
	}
	inside, end := s[j:j+gt], j+gt+1
	if strings.ContainsAny(inside, "<=\"'") {
		return end // attributes with values, or broken markup
	}
	for _, w := range strings.Fields(strings.TrimSuffix(strings.TrimSpace(inside), "/")) {
		if !bareAttributes[strings.ToLower(w)] {
			return 0
		}
	}
	return end
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// htmlElements are the names of the elements HTML defines (and a few older
// ones pages still carry), lower-cased: what a tag in text can name.
var htmlElements = func() map[string]bool {
	m := make(map[string]bool)
	for _, n := range strings.Fields(`a abbr address area article aside audio b base bdi bdo big blockquote body br
		button canvas caption center cite code col colgroup data dd del details dfn dialog div dl dt em embed
		fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img
		input ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup option
		output p param picture pre progress q rp rt ruby s samp script section select small source span
		strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title
		tr track tt u ul var video wbr`) {
		m[n] = true
	}
	return m
}()

// bareAttributes are the attributes HTML lets stand without a value.
var bareAttributes = map[string]bool{
	"allowfullscreen": true, "async": true, "autofocus": true, "autoplay": true, "checked": true, "controls": true,
	"default": true, "defer": true, "disabled": true, "download": true, "hidden": true, "inert": true, "ismap": true,
	"itemscope": true, "loop": true, "multiple": true, "muted": true, "nomodule": true, "novalidate": true,
	"nowrap": true, "open": true, "playsinline": true, "readonly": true, "required": true, "reversed": true,
	"selected": true,
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// tokenPool holds the room extract reads tokens in (tokenRoom): the tokens
// of an article are dropped once its quotes and sources are found.
var tokenPool = sync.Pool{New: func() any { return &tokenRoom{slab: make([]token, 0, 1024)} }}

// A tokenRoom is a token slab and a tokenizer, kept for the next article.
type tokenRoom struct {
	slab []token
	tk   tokenizer
}

// small reports whether r is small enough to keep: a long article's is
// not.
func (r *tokenRoom) small() bool {
	return cap(r.slab) <= 1<<16 && cap(r.tk.pending) <= 1<<16 && cap(r.tk.lower) <= 1<<18 && cap(r.tk.toks) <= 1<<12
}
