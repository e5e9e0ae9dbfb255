package berita

import (
	"errors"
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
	// index of links). The Article returned with it still holds the page's metadata.
	ErrNotArticle = errors.New("berita: not an article")
	// ErrNoContent reports an input with no text at all.
	ErrNoContent = errors.New("berita: no content")
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
	// URL is the page's address, used to recognise the outlet and to resolve
	// relative links. Empty means the page's own canonical or og:url, if any.
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
	Now time.Time
	// Location is the zone of times printed without one. Nil means WIB (UTC+7).
	Location *time.Location
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
	heading bool   // the markup says it is a subheading (h2/h3, a lone <strong>)
	href    string // the link of a block that is one link, or starts with a related cue and a link
	related bool   // the block stands in a box of related links
	glued   bool   // the block was cut from a longer line of text
	lead    string // bold text that opens the block (HTML), where datelines often stand
	linked  bool   // the block's text is mostly link text (HTML)
}

// isCapsByline reports whether s is a closing byline in capitals: one to
// four upper-case words and nothing else.
func isCapsByline(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 4 || len(s) > 40 {
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

// leadDateline finds a dateline that the markup sets apart: a block that is
// only a dateline ("<strong>Jakarta</strong> -" before the first paragraph)
// or a bold run opening the lead with no dash ("<b>Liputan6.com, Jakarta</b> Teks").
func leadDateline(b block) (Dateline, string, bool) {
	trim := func(s string) string { return strings.TrimRight(s, " -–—:") }
	if len(b.text) <= maxDateline {
		if d, ok := parseDateline(trim(b.text)); ok && trim(b.text) != b.text {
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

// state is the per-call state of one parse; a Parser holds none.
type state struct {
	p    *Parser
	a    *Article
	text bool // the input is plain text

	signOutlet string // the outlet named in a "(Tribunnews.com/Nama)" sign-off
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

// build turns the blocks of the article body into the Article's body,
// dateline, related links and credits.
func (st *state) build(blocks []block) {
	a := st.a
	paras := make([]block, 0, len(blocks))
	afterLabel := false // the previous block was a bare "Baca juga:" label
	for _, b := range blocks {
		t := cleanText(stripMarkup(b.text))
		if t == "" {
			continue
		}
		if afterLabel && b.linked && b.href != "" {
			b.related = true
		} else {
			afterLabel = false
		}
		if isBareLabel(t) {
			afterLabel = true // Merdeka, KapanLagi: the label, then one paragraph per link
			continue
		}
		if b.related {
			if t = cleanTitle(t); t != "" {
				a.Related = append(a.Related, Link{Title: t, URL: b.href})
			}
			continue
		}
		if label, title, ok := relatedLine(t); ok {
			a.Related = append(a.Related, Link{Title: title, URL: b.href, Label: label})
			continue
		}
		if n := len(paras); n > 0 && t[0] == ':' && !paras[n-1].heading && st.credit(paras[n-1].text+" "+t) {
			paras = paras[:n-1] // "Penulis" then ": Nama": a credits table's cells
			continue
		}
		if isNoiseLine(t) || st.credit(t) || st.text && st.dateLine(t) {
			continue
		}
		b.text = t
		paras = append(paras, b)
	}
	if len(paras) > 0 {
		if d, prefix, rest, ok := cutDateline(paras[0].text); ok {
			a.Dateline = d
			paras[0].text = rest
			if prefix != "" {
				st.gluedHead(prefix)
			}
		} else if d, rest, ok := leadDateline(paras[0]); ok {
			a.Dateline = d
			if paras[0].text = rest; rest == "" {
				paras = paras[1:]
			}
		}
	}
	// Merdeka ends the last paragraph with the initials: "... Buahbatu (mdk/yan)".
	if n := len(paras); n > 0 && a.Initials == "" {
		t := paras[n-1].text
		if open := strings.LastIndexByte(t, '('); open > 0 && strings.HasSuffix(t, ")") {
			in := t[open+1 : len(t)-1]
			if isInitials(strings.Split(in, "/")) && (strings.Contains(in, "/") || strings.ToLower(in) == in) || isDeskCode(in) {
				a.Initials = in
				paras[n-1].text = strings.TrimSpace(t[:open])
			}
		}
	}
	// Tempo closes with the writer's name in capitals: "DINI TEJA", "ANTARA".
	if n := len(paras); n > 1 && isCapsByline(paras[n-1].text) && endsSentence(paras[n-2].text) {
		st.addName(&a.Authors, paras[n-1].text)
		paras = paras[:n-1]
	}
	if st.text {
		paras = st.textHeadings(paras)
	}
	if a.Outlet == "" {
		a.Outlet = st.outletFromText()
	}
	titles := make(map[string]bool, len(a.Related))
	for _, l := range a.Related {
		titles[l.Title] = true
	}
	a.Paragraphs = make([]Paragraph, 0, min(len(paras), st.p.maxParagraphs()))
	for _, b := range paras {
		if titles[b.text] {
			continue // the related link's title printed again as a line of the body
		}
		if len(a.Paragraphs) == st.p.maxParagraphs() {
			break
		}
		kind := KindText
		if b.heading {
			kind = KindHeading
		}
		a.Paragraphs = append(a.Paragraphs, Paragraph{Text: b.text, Kind: kind})
	}
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
	if st.a.Title == "" {
		st.a.Title = s
	}
}

// textHeadings marks the short standalone lines inside a text body as
// subheadings, and takes a headline line that opens the text as the title.
func (st *state) textHeadings(paras []block) []block {
	if len(paras) > 2 && st.a.Title == "" && !paras[0].glued && st.a.Dateline == (Dateline{}) && headingShape(paras[0].text, 20) {
		st.a.Title = paras[0].text
		paras = paras[1:]
		if d, prefix, rest, ok := cutDateline(paras[0].text); ok && prefix == "" {
			st.a.Dateline = d
			paras[0].text = rest
		}
	}
	for i := 1; i+1 < len(paras); i++ {
		b := &paras[i]
		if !b.glued && !paras[i+1].heading && headingShape(b.text, 12) && len(paras[i+1].text) > len(b.text) {
			b.heading = true
		}
	}
	return paras
}

// headingShape reports whether s reads as a heading: a short line that opens
// with a capital and ends with no sentence punctuation or quotation mark.
func headingShape(s string, maxWords int) bool {
	if len(s) > 150 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	switch s[len(s)-1] {
	case '.', ',', ';', ':', '!', '?', ')':
		return false
	}
	return len(strings.Fields(s)) <= maxWords
}

// dateLine reads a line of text that states the article's own time, such as
// "Kompas.com - 28/05/2025, 13:30 WIB", and reports whether it was one. A
// date inside a sentence is the event's, not the article's, so the line
// must be short and hold a time of day.
func (st *state) dateLine(s string) bool {
	if len(s) > 60 || !st.a.Published.IsZero() {
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
	slab := tokenPool.Get().(*[]token)
	toks, grown := tokenizeInto((*slab)[:0], a.Paragraphs)
	defer func() {
		// The tokens point into the paragraphs: clear them before reuse so
		// the pool keeps no article alive. A huge slab is not kept.
		clear(grown)
		if cap(grown) <= 1<<16 {
			*slab = grown[:0]
		}
		tokenPool.Put(slab)
	}()
	a.Quotes = findQuotesIn(a.Paragraphs, toks)
	if n := st.p.maxQuotes(); len(a.Quotes) > n {
		a.Quotes = a.Quotes[:n:n]
	}
	credited := a.Sources // named by credit lines ("Sumber: X")
	a.Sources = findSourcesIn(a.Paragraphs, toks)
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

// wireAgencies are the news agencies articles credit as writer, lower-cased.
var wireAgencies = map[string]bool{
	"antara": true, "antara news": true, "reuters": true, "afp": true, "agence france-presse": true,
	"ap": true, "associated press": true, "xinhua": true, "bernama": true, "kyodo": true, "dpa": true,
	"anadolu": true, "bloomberg": true,
}

// stripMarkup removes tags from text: the markup of HTML given to ParseText,
// and tags that a page escaped ("&lt;b&gt;") and the tokenizer decoded. A
// tag is '<' and an ASCII letter, or "</" and one, up to the next '>', as
// HTML's tokenizer reads one; a '<' before a letter with no '>' after it
// gets a space after it, so that no output reads as markup. The scan is
// linear: after a '<' finds no '>', none later can.
func stripMarkup(s string) string {
	i := strings.IndexByte(s, '<')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	noClose := false
	for i >= 0 {
		b.WriteString(s[:i])
		rest := s[i+1:]
		name := strings.TrimPrefix(rest, "/")
		if name == "" || !isASCIILetter(name[0]) {
			b.WriteByte('<')
			s = rest
		} else if j := strings.IndexByte(rest, '>'); j >= 0 && !noClose {
			b.WriteByte(' ')
			s = rest[j+1:]
		} else {
			noClose = true
			b.WriteString("< ")
			s = rest
		}
		i = strings.IndexByte(s, '<')
	}
	b.WriteString(s)
	return b.String()
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// tokenPool holds token slabs for extract: the tokens of an article are
// dropped once its quotes and sources are found.
var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}
