package berita

import (
	"bufio"
	"bytes"
	"fmt"
	"hash/maphash"
	"io"
	"mime"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// MaxDepth is how deep elements may nest before berita stops tracking
// deeper ones: their text still counts, their tags are ignored.
const MaxDepth = 512

// ParseHTML parses an article page read from r: the bytes as the outlet
// served them. It makes one pass over the page with an HTML tokenizer,
// collecting metadata (JSON-LD, OpenGraph, meta tags, data-layer scripts)
// and the text blocks of the body at once.
//
// On a page of an outlet in the table, ParseHTML stops reading shortly after
// the article's body container has closed, once the headline, the date and
// (where the outlet prints them) the credits are in hand: what follows is
// footer, sidebars and their scripts. It never reads r past what it needs.
//
// On any other page the body is the element the page's microdata marks
// itemprop="articleBody", or else the one whose paragraphs score best. A
// page drawn by scripts, whose HTML holds no article text, is read from the
// articleBody of its JSON-LD when that holds one.
//
// A page that is not an article (a homepage, an index of links) gives an
// error matching ErrNotArticle, with an Article holding the page's metadata.
func (p *Parser) ParseHTML(r io.Reader) (*Article, error) {
	// The page is streamed through the tokenizer, never held whole: memory
	// follows what is kept, not the page's size.
	bufs := bufPool.Get().(*buffers)
	defer bufs.release()
	lr := &limitReader{r: r, n: p.maxBytes()}
	bufs.br.Reset(lr)
	head, _ := bufs.br.Peek(1024)
	if isBinary(head) {
		return nil, ErrNotText
	}
	src := utf8Reader(head, bufs.br, p.Charset)
	h := &htmlState{state: state{p: p, a: &Article{}}, buffers: bufs, read: lr}
	err := h.run(src)
	switch {
	case lr.over:
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, lr.n0())
	case err != nil:
		return nil, fmt.Errorf("berita: reading page: %w", err)
	case !h.content:
		return nil, ErrNoContent
	}
	return h.finish()
}

// A limitReader reads at most n bytes and notes whether there was more.
type limitReader struct {
	r    io.Reader
	n    int64 // bytes left
	read int64
	over bool
}

func (l *limitReader) n0() int64 { return l.n + l.read }

func (l *limitReader) Read(b []byte) (int, error) {
	if l.n <= 0 {
		var one [1]byte
		if n, _ := io.ReadFull(l.r, one[:]); n > 0 {
			l.over = true
		}
		return 0, io.EOF
	}
	if int64(len(b)) > l.n {
		b = b[:l.n]
	}
	n, err := l.r.Read(b)
	l.n -= int64(n)
	l.read += int64(n)
	return n, err
}

// utf8Reader returns the page as UTF-8, deciding from its first bytes. It
// honours a BOM (UTF-8, UTF-16) and the declared charset. A page declared
// windows-1252 or iso-8859-1 is read as UTF-8 wherever its bytes are valid
// UTF-8 and as windows-1252 elsewhere: pages that declare iso-8859-1 but are
// UTF-8 (KapanLagi) are common, while real Latin-1 text is almost never
// valid UTF-8. A page that declares nothing is read the same way, unless
// the transport named another charset (hint) and the page is not UTF-8.
func utf8Reader(head []byte, r io.Reader, hint string) io.Reader {
	if validUTF8Head(head) && !hasBOM(head) && declaresUTF8(head) {
		// What DetermineEncoding would find, without its prescan's
		// tokenizer: a page whose head is UTF-8 and names UTF-8 as its
		// only charset is UTF-8.
		return r
	}
	enc, name, _ := charset.DetermineEncoding(head, "")
	if hint != "" && !validUTF8Head(head) && !hasBOM(head) && !metaCharset(head) {
		if e, n := charset.Lookup(hint); e != nil && n != "utf-8" {
			enc, name = e, n
		}
	}
	switch {
	case bytes.HasPrefix(head, []byte("\xef\xbb\xbf")):
		return transform.NewReader(r, unicode.UTF8BOM.NewDecoder())
	case name == "utf-8" || enc == nil:
		return r
	case name == "windows-1252" || name == "iso-8859-1":
		return transform.NewReader(r, latinOrUTF8{})
	}
	return transform.NewReader(r, enc.NewDecoder())
}

// declaresUTF8 reports whether the first 1024 bytes of a page name a
// charset, and every charset they name is UTF-8 ("charset=utf-8",
// `charset="UTF-8"`).
func declaresUTF8(head []byte) bool {
	if len(head) > 1024 {
		head = head[:1024]
	}
	for n := 0; ; n++ {
		i := indexFold(head, "charset")
		if i < 0 {
			return n > 0
		}
		head = head[i+len("charset"):]
		v := bytes.TrimLeft(head, " \t\r\n=\"'")
		if len(v) < 5 || !bytes.EqualFold(v[:5], []byte("utf-8")) && !bytes.EqualFold(v[:4], []byte("utf8")) {
			return false
		}
	}
}

// validUTF8Head reports whether the first bytes of a page are UTF-8, a
// character cut by the end of head aside.
func validUTF8Head(head []byte) bool {
	for i := len(head) - 1; i >= 0 && i >= len(head)-3; i-- {
		if utf8.RuneStart(head[i]) {
			if !utf8.FullRune(head[i:]) {
				head = head[:i]
			}
			break
		}
	}
	return utf8.Valid(head)
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(b, []byte("\xfe\xff")) || bytes.HasPrefix(b, []byte("\xff\xfe"))
}

// metaCharset reports whether the first 1024 bytes of page declare a
// charset in a meta element, where the HTML standard's prescan looks:
// <meta charset> or <meta http-equiv="Content-Type" content="…; charset=…">.
func metaCharset(page []byte) bool {
	if len(page) > 1024 {
		page = page[:1024]
	}
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" {
				continue
			}
			var equiv, content bool
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "charset":
					return true
				case "http-equiv":
					equiv = strings.EqualFold(string(v), "content-type")
				case "content":
					_, params, _ := mime.ParseMediaType(string(v))
					content = params["charset"] != ""
				}
			}
			if equiv && content {
				return true
			}
		}
	}
}

// latinOrUTF8 decodes bytes that are valid UTF-8 as UTF-8 and every other
// byte as windows-1252.
type latinOrUTF8 struct{ transform.NopResetter }

func (latinOrUTF8) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	// Fast path: a run that is valid UTF-8 throughout is copied at once.
	k := min(len(src), len(dst))
	for k > 0 && k < len(src) && !utf8.RuneStart(src[k]) {
		k--
	}
	if k > 0 && utf8.Valid(src[:k]) {
		copy(dst, src[:k])
		nDst, nSrc = k, k
	}
	for nSrc < len(src) {
		c := src[nSrc]
		if c < utf8.RuneSelf {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		if !utf8.FullRune(src[nSrc:]) && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size <= 1 {
			r, size = charmap.Windows1252.DecodeByte(c), 1
		}
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// buffers are the working memory of one ParseHTML call. They are pooled so
// that a stream of pages reuses them: what a page allocates is then mostly
// what the Article keeps.
type buffers struct {
	br       *bufio.Reader
	arena    []byte   // the cleaned text of all blocks
	cur      []byte   // text of the block being collected
	scratch  []byte   // attribute values of the tag being read
	attrs    []attrKV // the attributes of the tag being read
	classBuf []byte   // the class attribute of the tag being read
	idBuf    []byte   // its id
	lower    []byte   // class and id lower-cased, for the generic rules
	stack    []elem
	blocks   []hblock
	cumText  []int // cumulative text bytes of blocks, for link density
	cumLink  []int
	cands    []cand
	rowBuf   []byte                // a table row's cells joined, while its blocks are merged
	classes  map[string]*classInfo // by class attribute
	media    mediaBufs             // the pictures and embeds met (images.go)

	// classSlots is a small direct-mapped cache in front of classes,
	// holding each class attribute and what is known of it in place, so
	// that the common case reads one entry and follows no pointer.
	classSlots [1024]classSlot
}

// classKeyMax is the longest class attribute a classSlot holds; longer
// ones are looked up in buffers.classes alone.
const classKeyMax = 46

// A classSlot is one entry of buffers.classSlots.
type classSlot struct {
	n   uint8 // the length of key; 0 when the slot is empty
	key [classKeyMax]byte
	ci  classInfo
}

// classSeed seeds the hash that picks a class attribute's classSlot.
var classSeed = maphash.MakeSeed()

var bufPool = sync.Pool{New: func() any {
	return &buffers{br: bufio.NewReaderSize(nil, 4096), classes: make(map[string]*classInfo, 256)}
}}

// maxPooled is the largest arena kept for reuse; a huge page's is dropped.
const maxPooled = 1 << 20

func (b *buffers) release() {
	b.br.Reset(nil)
	if cap(b.arena) > maxPooled || cap(b.blocks) > maxPooled/64 || !b.media.reset() {
		return
	}
	b.arena, b.cur, b.scratch, b.attrs = b.arena[:0], b.cur[:0], b.scratch[:0], b.attrs[:0]
	b.classBuf, b.idBuf, b.lower, b.rowBuf = b.classBuf[:0], b.idBuf[:0], b.lower[:0], b.rowBuf[:0]
	clear(b.stack[:cap(b.stack)])
	clear(b.blocks[:cap(b.blocks)])
	b.stack, b.blocks = b.stack[:0], b.blocks[:0]
	b.cumText, b.cumLink, b.cands = b.cumText[:0], b.cumLink[:0], b.cands[:0]
	bufPool.Put(b)
}

// An elem is an open element on the tokenizer's stack.
type elem struct {
	tag    string
	id     []byte   // while the start tag is read: its id,
	class  []byte   // its class attribute,
	attrs  []attrKV // and the other attributes berita reads
	weight float64  // the generic scorer's reading of the class and id
	score  float64  // the generic scorer's score of paragraphs directly inside
	scopes uint64   // bits of the site's scope selectors matched here or above

	// linkAt is the count of link words read when the element opened.
	linkAt int
	// stampsAt is the count of the page's stamps when the element opened.
	stampsAt int
	start    int // the first block flushed inside this element
	serial   int // the element's number in the page, in opening order
	parent   int // the serial of the element it is inside of

	flags mark
	roles mark   // the capture roles this element started
	kind  uint32 // a hash of the first word of its class: the template part it is
	info  uint8  // its tag's kinds (tagInfo)

	ldJSON bool // a script holding JSON-LD
	// declared marks the element schema.org microdata names the article's
	// body (itemprop="articleBody").
	declared bool
	// own marks a link to the page itself; teaserLink an element that
	// holds a link reading as another story's headline (five words or
	// more, to another page), or is one.
	own, teaserLink bool
	table           bool // a table row that holds a table: a layout row, never joined
	// pictured marks an element holding a picture (not an avatar) before
	// the element being opened: a credit beside it is the picture's.
	pictured bool
}

// An attrKV is an attribute as the start tag is read: its value lives in
// the scratch buffer until the next tag.
type attrKV struct {
	key string
	val []byte
}

// attrBytes returns the value of the attribute named name, valid until the next tag.
func (e *elem) attrBytes(name string) ([]byte, bool) {
	for _, a := range e.attrs {
		if a.key == name {
			return a.val, true
		}
	}
	return nil, false
}

// attr returns the value of the attribute named name as a string.
func (e *elem) attr(name string) (string, bool) {
	v, ok := e.attrBytes(name)
	if !ok {
		return "", false
	}
	return string(v), true
}

// A mark marks what an element is, or is inside of.
type mark uint32

const (
	inHead mark = 1 << iota
	inNoise
	inBody    // inside the site's body container
	inRelated // inside a box of related links
	inLink
	inStrong
	inHeading
	inTitle
	inDate
	inAuthor
	inEditor
	inPager
	inScript // a script or style whose text is not shown
	inAdSlot // noise only for being inside a slot for ads
	// inWidget marks, on a known outlet's page, what the generic rules
	// would call noise by its class words (an app banner, a share bar, a
	// subscribe box): its text is read for the page's shape, never as body.
	inWidget
	inFigure  // inside a figure, noise for that alone
	inCaption // a photo's caption: the text of a gallery, noise in an article
	// inSoftNoise marks noise read from class words alone (generic path),
	// which the page's microdata may overrule; other noise is certain.
	inSoftNoise
	inCreditBox // a credits box: its items are credits (generic rules)
	inNoCredit  // no credit of the article stands here: sidebars, comments, pictures (generic rules)
	// inPhotoBox marks a picture's box and caption (a figure, an element
	// named for a photo or a caption); inPhotoCredit a credit inside it;
	// inItem a list item; inNoPicture an element named for ads, related
	// stories or a widget, where no picture is the article's (see images.go).
	inPhotoBox
	inPhotoCredit
	inItem
	inNoPicture
)

// A capture collects the text of one element with a role (the headline,
// the visible date, a byline).
type capture struct {
	role mark
	buf  []byte
	// box marks a credits box's capture; n is how many bylines there were
	// when it opened. A box whose items gave bylines adds no text of its own.
	box  bool
	link bool // a link to a writer's page (rel=author, /penulis/…)
	n    int
}

// htmlState is the per-call state of ParseHTML.
type htmlState struct {
	state
	*buffers
	site  *site
	extra int // elements open beyond MaxDepth

	content bool // the page has a tag or some text

	read     *limitReader // counts the bytes read
	stopAt   int64        // where reading may stop: past the body's end and what follows it
	creditAt int64        // where the last credit was read
	// pos is the offset in the page of the token being read: the bytes of
	// the tokens before it. (The bytes read from the page run ahead of it
	// by as much as the tokenizer's buffer holds.)
	pos int64

	curHeading bool
	curStrong  int // bytes of cur inside <strong>/<b>
	curLinkLen int
	curHref    []byte // the link of the block being collected, until it is flushed
	// linkHref is the target of the link open now, in a reused buffer: the
	// blocks a link wraps (a card of a related post: its label, its title)
	// each link there.
	linkHref   []byte
	curLead    int  // bytes of cur that are the opening bold run
	curCaption bool // cur is a slide's caption attribute
	cell       int  // the number of the table cell open, counting from 1; 0 outside tables
	cells      int  // table cells opened so far
	elems      int  // elements opened so far

	bodies []cand // ranges of the site's body containers

	caps         []capture
	titleH1      string
	h1s          int      // h1 elements outside the head and widgets
	h1Texts      []string // the text of the first maxH1s of them: the logo's, the headline's
	meta         map[string]string
	tags         []string
	ldArt        *ldArticle        // the page's JSON-LD article
	ldTypes      []string          // the @types its JSON-LD declares
	ldScripts    int               // JSON-LD scripts read
	layer        map[string]string // data-layer values by key
	layerScripts int               // data-layer scripts read
	title        string            // <title>
	lang         string
	hostVotes    map[*site]int // outlets whose hosts the head's links point to
	votes        int

	pageLinks []pageRef // links to other pages of the article

	// stamps are the dates the page shows outside its metadata, in page
	// order; siteDates counts those the outlet's date element gave.
	stamps    []stamp
	siteDates int
	// guessDates counts the date elements the class words found.
	guessDates int
	stampAttr  []byte // an ISO time in the title attribute of the tag being read

	linkWords   int  // words of link text read so far
	h1Foreign   bool // the h1 being captured holds a link to another page
	h1At, h1End int  // the blocks of the headline h1
	siteTitleAt int  // where the outlet's headline element stood among the blocks, if siteTitle
	siteTitle   bool // the title came from the outlet's headline element
	ownPath     string
	ownTail     []byte // the last segment of ownPath
	ownPathSet  bool
	dateStamp   int            // the stamp the publication time was read from, or -1
	unstated    *time.Location // the zone stampTime parses in, to see that none was printed

	bylines     []byline
	gallery     bool         // the body is a gallery's captions (galleryBlocks)
	creditLines []creditLine // blocks that read as credits, anywhere on the page
	span        [2]int       // the body's blocks, [start, end) in page order, once chosen

	med    mediaState // the picture whose caption is being read, the embed open (images.go)
	chosen []cand     // the elements chosen as the body on the generic path
}

// A stamp is a date the page shows outside its metadata: the text of a date
// element, or the machine-readable time of a <time datetime> or a title
// attribute.
type stamp struct {
	text    string
	at, end int  // the blocks of the element
	depth   int  // the element's depth in the page
	machine bool // a datetime or title attribute, not text
	title   bool // a title attribute: it tells the page's zone, not its date
	guess   bool // found by class words, not by the outlet's row
	teaser  bool // beside another story's headline link: that story's date
}

// A creditLine is a block that opens with a credit label: "Penulis: Nama",
// "Red: Nama", or a bare label ("Penulis") whose value is the next block,
// as table cells and definition lists print them.
type creditLine struct {
	at    int    // the block's index
	text  string // the label and the value
	bare  bool   // the block is the label alone
	cell  bool   // the label is a table cell or a definition term
	value bool   // a bare label's value has been added to text
}

// maxCreditLines bounds the credit lines kept from one page.
const maxCreditLines = 32

// creditBlock notes the block just flushed if it reads as a credit line,
// or adds it to the bare label before it.
func (h *htmlState) creditBlock(txt []byte) {
	at := len(h.blocks) - 1
	if n := len(h.creditLines); n > 0 {
		// The value after a bare label: ": Nama" in any markup, or the
		// next cell of the row, the description after the term.
		c := &h.creditLines[n-1]
		if c.bare && !c.value && c.at == at-1 && len(txt) <= maxCredit && (txt[0] == ':' || c.cell && h.inCell()) {
			if txt[0] == ':' {
				c.text += " " + string(txt)
			} else {
				c.text += " : " + string(txt)
			}
			c.value = true
			return
		}
	}
	if len(h.creditLines) >= maxCreditLines || len(txt) > maxCredit {
		return
	}
	if bare, ok := creditLabelled(txt); ok {
		h.creditLines = append(h.creditLines, creditLine{at: at, text: string(txt), bare: bare, cell: bare && h.inCell()})
	}
}

// inCell reports whether the block being flushed ends a table cell or a
// definition list's term or description.
func (h *htmlState) inCell() bool {
	if t := h.top(); t != nil {
		switch t.tag {
		case "td", "th", "dt", "dd":
			return true
		}
	}
	return false
}

// A byline is the text of an author or editor element.
type byline struct {
	text   string
	editor bool
	first  bool // it opens a credits box: roles named before it do not carry over
	box    bool // the text of a whole credits box that has no items: read by labels only
	link   bool // a link to the writer's page: read only when no other byline names the role
	at     int  // how many blocks came before it
}

// An hblock is a block of the page with what the HTML said about it.
type hblock struct {
	block
	off     int  // where its text starts in the arena; text is its length
	body    bool // inside the site's body container
	boxText bool // text of a related box outside its links: its label
	caption bool // a photo's caption: a figcaption, a caption box, a slide's caption attribute
	widget  bool // inside an element the generic rules call noise (inWidget)
	prompt  bool // in a box asking the reader to act (promptBox)
	cell    int  // the table cell it stands in (h.cell when flushed), 0 outside tables
	text    int
	links   int
}

// A cand is an element the generic scorer may choose as the body.
type cand struct {
	start, end int
	score      float64
	declared   bool   // itemprop="articleBody"
	serial     int    // the element's serial
	last       int    // the serial of the last element opened inside it
	parent     int    // the serial of the element it is inside of
	class      uint32 // its kind: a hash of its first class word
}

func (h *htmlState) top() *elem {
	if len(h.stack) == 0 {
		return nil
	}
	return &h.stack[len(h.stack)-1]
}

func (h *htmlState) flags() mark {
	if t := h.top(); t != nil {
		return t.flags
	}
	return 0
}

// run makes the one pass over the page.
func (h *htmlState) run(r io.Reader) error {
	z := html.NewTokenizer(r)
	h.meta = make(map[string]string, 16)
	h.site = h.table().byURL(h.p.URL)
	for {
		tt := z.Next()
		h.pos += int64(len(z.Raw()))
		if h.stopAt > 0 && h.pos > h.stopAt && h.complete() {
			tt = html.ErrorToken // the rest of the page is footer, sidebars and their scripts
		}
		switch tt {
		case html.ErrorToken:
			h.flush()
			for len(h.stack) > 0 {
				h.pop()
			}
			if err := z.Err(); err != io.EOF {
				return err
			}
			return nil
		case html.TextToken:
			h.text(z)
		case html.StartTagToken, html.SelfClosingTagToken:
			h.content = true
			h.start(z, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			h.end(name)
		}
	}
}

func (h *htmlState) start(z *html.Tokenizer, selfClosing bool) {
	name, hasAttr := z.TagName()
	e := elem{tag: tagString(name)}
	// Attribute values are copied into a scratch buffer reused for every
	// tag: only the few that are kept become strings. Tags whose attributes
	// nothing reads are not asked for them at all (the tokenizer unescapes
	// every value it is asked for: images carry long srcsets, icons long paths).
	h.scratch = h.scratch[:0]
	h.attrs = h.attrs[:0]
	h.stampAttr = h.stampAttr[:0]
	if hasAttr && !h.wantsAttrs(e.tag) {
		hasAttr = false
	}
	media := hasAttr && mediaTag(e.tag)
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		key := ""
		// A switch on the name itself: the compiler's search by length
		// and bytes costs less than a hash lookup of every name.
		switch string(k) {
		case "class":
			h.classBuf = append(h.classBuf[:0], v...)
			e.class = h.classBuf
		case "id":
			h.idBuf = append(h.idBuf[:0], v...)
			e.id = h.idBuf
		case "href":
			key = "href"
		case "content":
			key = "content"
		case "name":
			key = "name"
		case "rel":
			key = "rel"
		case "src":
			key = "src"
		case "type":
			key = "type"
		case "itemprop":
			key = "itemprop"
		case "datetime":
			key = "datetime"
		case "lang":
			key = "lang"
		case "property":
			key = "property"
		case "title":
			if isStampAttr(v) {
				h.stampAttr = append(h.stampAttr[:0], v...)
			}
		case "srcset":
			if media {
				key = "srcset"
			}
		case "width":
			if media {
				key = "width"
			}
		case "height":
			if media {
				key = "height"
			}
		case "cite":
			if media {
				key = "cite"
			}
		default:
			if isCaptionAttr(k) {
				key = "caption"
			} else if media {
				key = mediaAttr(k)
			}
		}
		if key != "" {
			start := len(h.scratch)
			h.scratch = append(h.scratch, v...)
			h.attrs = append(h.attrs, attrKV{key: key, val: h.scratch[start:len(h.scratch):len(h.scratch)]})
		}
	}
	e.attrs = h.attrs
	switch e.tag {
	case "meta":
		h.metaTag(&e)
		return
	case "link":
		href, _ := e.attrBytes("href")
		if rel, _ := e.attrBytes("rel"); bytes.EqualFold(rel, []byte("canonical")) && len(href) > 0 {
			h.setMeta("canonical", string(href))
			if h.site == nil {
				h.site = h.table().byURL(h.meta["canonical"]) // known early, the outlet's rules serve the head's scripts too
			}
		}
		h.vote(href)
		return
	case "script", "img":
		if h.site == nil && h.votes < 64 {
			src, _ := e.attrBytes("src")
			h.vote(src)
		}
		if e.tag == "img" && !bytes.Contains(h.lowerBytes(e.class), []byte("avatar")) {
			h.picture()
		}
	case "html":
		if l, ok := e.attr("lang"); ok {
			h.lang = l
		}
	case "body":
		h.chooseSite()
	case "time":
		if dt, ok := e.attr("datetime"); ok && h.flags()&(inNoise|inHead) == 0 && len(h.stamps) < 64 {
			h.stamps = append(h.stamps, stamp{text: dt, machine: true, at: len(h.blocks), depth: len(h.stack)})
		}
	}
	if len(h.stampAttr) > 0 {
		// A machine-readable time in a title attribute: a page header's
		// clock (title="2016-02-17T07:50:17+08:00"), a teaser's "9 jam lalu".
		if h.flags()&(inNoise|inHead) == 0 && len(h.stamps) < 64 {
			h.stamps = append(h.stamps, stamp{text: string(h.stampAttr), machine: true, title: true, at: len(h.blocks), depth: len(h.stack)})
		}
		h.stampAttr = h.stampAttr[:0]
	}
	info := tagInfo(e.tag)
	if info&tagBlock != 0 {
		h.flush()
	}
	if c, ok := e.attrBytes("caption"); ok && h.flags()&(inNoise|inHead|inScript) == 0 {
		h.attrCaption(c)
	}
	if media || h.med.quote > 0 {
		h.mediaStart(&e)
	}
	if info&tagVoid != 0 || selfClosing {
		if e.tag == "img" && h.flags()&(inNoise|inBody) == inBody && h.meta["img"] == "" {
			if src, _ := e.attr("src"); src != "" {
				h.setMeta("img", src)
			}
		}
		return
	}
	h.push(e, info)
}

// push opens an element, working out what it is and what it is inside of.
func (h *htmlState) push(e elem, info uint8) {
	if len(h.stack) >= MaxDepth {
		h.extra++
		return
	}
	parent := h.flags()
	var scopes uint64
	if t := h.top(); t != nil {
		scopes = t.scopes
	}
	f := parent
	switch e.tag {
	case "head":
		f |= inHead
	case "a":
		f |= inLink
		e.linkAt = h.linkWords
		href, hasHref := e.attrBytes("href")
		if hasHref {
			e.own = h.ownLink(href)
		}
		if rel, ok := e.attrBytes("rel"); ok && bytes.Contains(h.lowerBytes(rel), []byte("sponsored")) && !h.midSentence(e.tag) {
			// rel="sponsored" marks a paid link: on its own, an advertiser's
			// teaser; inside a sentence (an affiliate link), still its words.
			f = f | inNoise&^inSoftNoise
		}
		if hasHref && parent&inHead == 0 {
			h.pageLink(href) // pagers are often noise to the body
		}
		h.linkHref = h.linkHref[:0]
		if hasHref && parent&(inHead|inNoise) == 0 {
			h.linkHref = append(h.linkHref, href...)
			if len(h.curHref) == 0 || parent&inRelated != 0 {
				if parent&inRelated != 0 {
					h.flush()
				}
				h.curHref = append(h.curHref[:0], href...)
			}
		}
	case "strong", "b":
		f |= inStrong
	case "h2", "h3", "h4", "h5", "h6":
		f |= inHeading
	case "script":
		f |= inScript
		if t, _ := e.attrBytes("type"); indexFold(t, "ld+json") >= 0 {
			e.ldJSON = true
		}
	case "style", "noscript", "template":
		f |= inScript
	case "h1":
		if parent&(inNoise|inHead) == 0 {
			h.h1s++
		}
		// One h1 capture at a time: each open capture copies all the text,
		// so nested h1s would cost their depth times the page.
		if (h.titleH1 == "" || len(h.h1Texts) < maxH1s) && parent&(inNoise|inHead) == 0 && !h.capturing(inTitle<<16) {
			e.roles |= inTitle << 16 // the first h1, a title candidate
			e.linkAt, h.h1Foreign = h.linkWords, false
		}
	}
	if info&tagSkip != 0 {
		switch {
		case e.tag == "figcaption" && parent&inFigure != 0:
			// A photo's caption: galleryBlocks keeps it in a gallery.
			f = f&^(inNoise|inFigure) | inCaption
		case e.tag == "figure" && parent&inNoise == 0:
			f = f | (inNoise|inFigure)&^inSoftNoise
		default:
			f = f&^(inAdSlot|inFigure) | inNoise&^inSoftNoise
		}
	}
	ci := h.classInfo(&e)
	cw := ci.features
	if len(e.id) > 0 {
		cw |= classFeatures(h.lowerID(&e))
	}
	if f&inAdSlot != 0 && h.site == nil && pageStructure(&e, cw) {
		// An ad slot holds an ad, never the page: one that holds the
		// headline or the article's box was left open (a commented-out
		// end tag), and what it holds from here is the page again.
		f &^= inNoise | inAdSlot
		parent = f
	}
	// Microdata and the <author> element name a credit as classes do.
	if ip, ok := e.attrBytes("itemprop"); ok {
		if bytes.EqualFold(ip, []byte("author")) || bytes.EqualFold(ip, []byte("creator")) {
			cw |= cwAuthor
		} else if bytes.EqualFold(ip, []byte("editor")) {
			cw |= cwEditor
		}
	}
	if e.tag == "author" {
		cw |= cwAuthor
	}
	link := false // a credit known only by where its link points
	if s := h.site; s != nil {
		var matched mark
		s.rules.matches(&e, scopes, ci.refs, func(ref *selRef) {
			switch ref.rule {
			case ruleScope:
				scopes |= 1 << ref.scope
			case ruleNoise:
				matched |= inNoise
			case ruleBody:
				matched |= inBody
			case ruleRelated:
				matched |= inRelated
			case ruleTitle:
				matched |= inTitle
			case ruleDate:
				matched |= inDate
			case ruleAuthor:
				matched |= inAuthor
			case ruleEditor:
				matched |= inEditor
			case rulePager:
				matched |= inPager
			}
		})
		if matched&inNoise != 0 {
			f = f | inNoise&^inSoftNoise
		}
		if matched == 0 && parent&inHead == 0 && !structural(e.tag) && (cw&cwCaption != 0 || cw&cwNoise != 0 && !h.midSentence(e.tag)) {
			// A widget the outlet's row does not name (an app banner, a
			// share bar, a subscribe box, a caption) is noise by its class
			// words, as on any page: its text is read, for the page's
			// shape, but is not body.
			f |= inWidget
		}
		if matched&inBody != 0 && parent&(inBody|inNoise) == 0 {
			f |= inBody
			f &^= inWidget // the outlet's body container, though a widget's markup was left open around it
		}

		if matched&inRelated != 0 {
			f |= inRelated
			h.flush()
			if href, ok := e.attrBytes("href"); ok && e.tag == "a" {
				h.curHref = append(h.curHref[:0], href...) // the box is the link itself (Kompas's a.inner-link-baca-juga)
			}
		}
		for r := inTitle; r <= inPager; r <<= 1 {
			// Credits may stand in boxes that are noise to the body; dates in noise are other articles'.
			if matched&r != 0 && parent&r == 0 && (r != inDate || parent&inNoise == 0) {
				f |= r
				e.roles |= r
			}
		}
		// The date elements the class words name are kept apart, for a
		// page whose outlet row's date element is missing (a redesign, a
		// video template).
		if e.roles&inDate == 0 && parent&(inNoise|inHead|inDate) == 0 && (e.tag == "time" || cw&cwDate != 0) && !h.capturing(inDate<<16) {
			e.roles |= inDate << 16
		}
	} else if parent&inHead == 0 && (cw != 0 || e.tag == "time" || e.tag == "a" || parent&inCreditBox != 0) {
		// Unknown outlets: bylines and dates by their class names. A byline
		// may stand in a bar that is noise to the body (a share bar), never
		// where the page speaks of other pages or pictures.
		credit := parent&(inAuthor|inEditor|inNoCredit|inCaption) == 0 && !h.besidePicture()
		if credit && parent&inCreditBox != 0 && creditItem(e.tag) {
			f |= inAuthor // an item of a credits box: a role, a name, or both
			e.roles |= inAuthor
		} else if r := genericCredit(cw); r != 0 && credit {
			f |= r
			e.roles |= r
		} else if credit && cw&cwCredits != 0 && parent&inCreditBox == 0 && cw&(cwWidget|cwPicture) == 0 {
			f |= inCreditBox
			e.roles |= inAuthor
		} else if r := h.creditLink(&e); r != 0 && credit {
			f |= r
			e.roles |= r
			link = true
		}
		if parent&inNoise != 0 {
			// Dates, noise and related boxes inside noise are not looked for.
		} else if (e.tag == "time" || cw&cwDate != 0) && parent&inDate == 0 {
			f |= inDate
			e.roles |= inDate
		} else if e.roles == 0 && !structural(e.tag) && cw&(cwNoise|cwCaption) == cwCaption && info&tagBlock != 0 {
			f |= inCaption // a caption box (and nothing else the words call noise)
		} else if e.roles == 0 && !structural(e.tag) && (cw&cwCaption != 0 || cw&cwNoise != 0 && !h.midSentence(e.tag)) && f&inNoise == 0 {
			f |= inNoise | inSoftNoise
			if cw&cwAdSlot != 0 {
				f |= inAdSlot
			}
		} else if cw&cwRelated != 0 && parent&inRelated == 0 && !structural(e.tag) {
			// A related box inside the body gives related links; one
			// outside it is not read at all.
			f |= inRelated
			h.flush()
		}
	}
	if cw&cwAd != 0 {
		f = f | inNoise&^inSoftNoise
	}
	// A wrapper named for a picture may hold the whole header ("js-photo-tag"
	// on a gallery): only a caption and a figure are no place for a byline.
	if cw&cwElsewhere != 0 && !structural(e.tag) || e.tag == "figure" || e.tag == "figcaption" {
		f |= inNoCredit
	}
	if f&inBody != 0 && parent&inBody == 0 {
		h.flush()
	}
	for r := inTitle; r <= inPager; r <<= 1 {
		if e.roles&r != 0 {
			box := r == inAuthor && f&inCreditBox != 0 && parent&inCreditBox == 0
			h.caps = append(h.caps, capture{role: r, box: box, link: link, n: len(h.bylines)})
		}
	}
	for _, r := range []mark{inTitle << 16, inDate << 16} {
		if e.roles&r != 0 {
			h.caps = append(h.caps, capture{role: r})
		}
	}
	h.capSpace()
	if info&tagContainer != 0 {
		e.weight = classWeight(cw)
	}
	if ip, ok := e.attrBytes("itemprop"); ok && bytes.EqualFold(ip, []byte("articleBody")) && parent&inHead == 0 {
		if f&inSoftNoise != 0 {
			// The microdata naming the article body outranks a guess from
			// class words about a wrapper around it (an ad container left
			// open around the whole page).
			f &^= inNoise | inSoftNoise
		}
		e.declared = parent&inNoise == 0 || f&inNoise == 0
	}
	if mediaElem(e.tag, parent, cw) || cw&cwDesc != 0 && h.med.open > 0 {
		f = h.mediaFlags(&e, parent, f, cw)
	}
	e.flags, e.scopes, e.start, e.stampsAt, e.info = f, scopes, len(h.blocks), len(h.stamps), info
	h.elems++
	e.serial = h.elems
	if info&tagContainer != 0 || e.declared {
		e.kind = ci.kind // only containers become body candidates
	}
	if t := h.top(); t != nil {
		e.parent = t.serial
	}
	h.openTable(&e)
	e.attrs, e.class, e.id = nil, nil, nil // they live in the scratch buffer of this tag only
	h.stack = append(h.stack, e)
}

// Tag kinds, from tagInfo.
const (
	tagBlock     uint8 = 1 << iota // ends the text block before it and starts a new one
	tagVoid                        // has no end tag
	tagSkip                        // holds no article text
	tagContainer                   // can hold a whole article body
)

// tagInfo returns the kinds of a tag.
func tagInfo(tag string) uint8 {
	switch tag {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
		"table", "tr", "th", "tbody", "thead", "header", "dd", "dt", "dl", "pre",
		"center", "address", "details", "summary":
		return tagBlock
	case "div", "section", "article", "main", "td":
		return tagBlock | tagContainer
	case "span", "body":
		return tagContainer
	case "br", "hr":
		return tagBlock | tagVoid
	case "area", "base", "col", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "command":
		return tagVoid
	case "embed":
		return tagVoid | tagSkip
	case "figure", "figcaption", "footer", "aside", "nav", "form":
		return tagBlock | tagSkip
	case "noscript", "iframe", "svg", "button", "select", "textarea", "template", "object",
		"video", "audio", "canvas", "ins", "map", "style":
		return tagSkip
	}
	return 0
}

// tagString returns the lower-case tag name, without allocating for the
// names HTML knows.
func tagString(b []byte) string {
	switch string(b) { // the commonest, without a hash lookup
	case "div":
		return "div"
	case "a":
		return "a"
	case "span":
		return "span"
	case "p":
		return "p"
	case "li":
		return "li"
	case "img":
		return "img"
	case "i":
		return "i"
	case "ul":
		return "ul"
	case "script":
		return "script"
	case "meta":
		return "meta"
	case "link":
		return "link"
	case "br":
		return "br"
	case "strong":
		return "strong"
	case "source":
		return "source"
	case "path":
		return "path"
	}
	if a := atom.Lookup(b); a != 0 {
		return a.String()
	}
	return string(bytes.ToLower(b))
}

func (h *htmlState) end(raw []byte) {
	// The end tag's name is compared with the open elements' names as bytes;
	// only a stray end tag costs a lookup. (The tokenizer lower-cases names.)
	name := ""
	for i := len(h.stack) - 1; i >= 0 && i >= len(h.stack)-32; i-- {
		if string(raw) == h.stack[i].tag {
			name = h.stack[i].tag
			break
		}
	}
	if name == "" {
		name = tagString(raw)
	}
	info := tagInfo(name)
	if info&tagBlock != 0 {
		h.flush()
	}
	if info&tagVoid != 0 {
		return
	}
	if h.extra > 0 {
		h.extra--
		return
	}
	// Close the nearest open element of that name; a stray end tag closes nothing.
	for i := len(h.stack) - 1; i >= 0 && i >= len(h.stack)-32; i-- {
		if h.stack[i].tag == name {
			for len(h.stack) > i {
				h.pop()
			}
			return
		}
	}
}

// pop closes the top element: it ends its captures, and scores it as a body
// candidate.
func (h *htmlState) pop() {
	// The element stays in the stack's array while it is read: nothing
	// is pushed before pop returns.
	e := &h.stack[len(h.stack)-1]
	if e.tag == "a" && e.flags&inRelated != 0 {
		h.flush()
	}
	if e.info&tagBlock == 0 && len(h.cur) > 0 && (e.score > 0 || e.declared || e.flags&inBody != 0 && (len(h.stack) == 1 || h.stack[len(h.stack)-2].flags&inBody == 0)) {
		// An inline element that holds paragraphs (a body in a span, its
		// lines split by <br>) ends its last one inside it, with its flags.
		h.flush()
	}
	h.stack = h.stack[:len(h.stack)-1]
	if e.tag == "a" {
		h.linkHref = h.linkHref[:0]
	}
	if len(h.stack) < h.med.box {
		h.med.box = 0 // the picture's box has closed: only a caption box may follow
	}
	h.capSpace()
	if e.tag == "a" && !e.own {
		if h.capturing(inTitle << 16) {
			h.h1Foreign = true
		} else if h.linkWords-e.linkAt >= 5 {
			e.teaserLink = true
		}
	}
	if e.teaserLink {
		h.teaser(e)
	}
	h.closeTable(e)
	if e.roles != 0 {
		if e.info&tagBlock != 0 || e.roles&inTitle != 0 {
			h.flush()
		}
		for r := inTitle; r <= inPager; r <<= 1 {
			if e.roles&r != 0 {
				h.endCapture(r, e)
			}
		}
		for _, r := range []mark{inTitle << 16, inDate << 16} {
			if e.roles&r != 0 {
				h.endCapture(r, e)
			}
		}
	}
	if n := len(h.blocks) - e.start; n >= 2 && n <= 3 && e.info&tagContainer != 0 {
		h.promptBox(h.blocks[e.start:])
	}
	if e.flags&inBody != 0 && (len(h.stack) == 0 || h.top().flags&inBody == 0) {
		h.flush()
		h.bodies = append(h.bodies, cand{start: e.start, end: len(h.blocks)})
		h.stopAt = h.pos + afterBody
	}
	if e.score > 0 || e.declared && len(h.blocks) > e.start {
		n := len(h.blocks)
		text := h.cumText[n] - h.cumText[e.start]
		link := h.cumLink[n] - h.cumLink[e.start]
		density := 0.0
		if text > 0 {
			density = float64(link) / float64(text)
		}
		h.cands = append(h.cands, cand{start: e.start, end: n, score: (e.score + e.weight) * (1 - density), declared: e.declared, serial: e.serial, last: h.elems, parent: e.parent, class: e.kind})
	}
}

// capturing reports whether a capture of the role is open.
func (h *htmlState) capturing(role mark) bool {
	for i := range h.caps {
		if h.caps[i].role == role {
			return true
		}
	}
	return false
}

// endCapture stores what a capture of the element e collected.
func (h *htmlState) endCapture(role mark, e *elem) {
	for i := len(h.caps) - 1; i >= 0; i-- {
		if h.caps[i].role != role {
			continue
		}
		c := h.caps[i]
		h.caps = append(h.caps[:i], h.caps[i+1:]...)
		if role == inTitle<<16 && h.h1Foreign && h.linkWords-e.linkAt >= wordCount(c.buf) {
			// An h1 that is all a link to another page names the site or
			// its section (a logo, "Health :: Okezone Lifestyle"): the
			// headline is a later h1.
			return
		}
		txt := cleanText(string(c.buf))
		if txt == "" && !c.box {
			return
		}
		switch role {
		case inTitle:
			if h.a.Title == "" {
				h.a.Title = txt
				h.siteTitle, h.siteTitleAt = true, e.start
			}
		case inTitle << 16:
			if len(h.h1Texts) < maxH1s {
				h.h1Texts = append(h.h1Texts, txt)
			}
			// An h1 that is not the headline the head's metadata names (a
			// section name, a widget's heading) leaves the place to a later
			// one: the headline's h1 inside the article.
			if m := firstOf(h.meta["og:title"], h.meta["twitter:title"], h.title); m != "" && !similarTitle(txt, m) {
				return
			}
			if h.titleH1 == "" {
				h.titleH1 = txt
				h.h1At, h.h1End = e.start, len(h.blocks)
			}
		case inDate, inDate << 16:
			if role == inDate {
				h.siteDates++
			} else {
				h.guessDates++
			}
			h.stamps = append(h.stamps, stamp{text: txt, at: e.start, end: len(h.blocks), depth: len(h.stack), guess: role != inDate || h.site == nil})
		case inAuthor:
			if c.box && len(h.bylines) > c.n {
				h.bylines[c.n].first = true // the box's items were its credits
				return
			}
			h.bylines = append(h.bylines, byline{text: txt, first: c.box, box: c.box, link: c.link, at: len(h.blocks)})
			h.creditAt = h.pos
		case inEditor:
			h.bylines = append(h.bylines, byline{text: txt, editor: true, link: c.link, at: len(h.blocks)})
			h.creditAt = h.pos
		}
		return
	}
}

func (h *htmlState) text(z *html.Tokenizer) {
	f := h.flags()
	if f&(inNoise|inHead|inScript|inPhotoBox) == inNoise && len(h.caps) == 0 {
		return // text no one reads is not even unescaped
	}
	if f&inScript != 0 {
		// A script's text is raw text: there is nothing to unescape, and
		// JSON and JavaScript read a CR LF as white space, so the
		// tokenizer's buffer is read as it stands. Styles are not read.
		if t := h.top(); t != nil && t.tag == "script" {
			h.script(z.Raw())
		}
		return
	}
	raw := z.Text()
	if !h.content && len(bytes.TrimSpace(raw)) > 0 {
		h.content = true
	}
	if t := h.top(); t != nil && t.tag == "title" {
		if h.title == "" {
			h.title = cleanText(string(raw))
		}
		return
	}
	if f&inHead != 0 {
		return
	}
	for i := range h.caps {
		h.caps[i].buf = append(h.caps[i].buf, raw...)
	}
	if f&inPhotoBox != 0 && h.med.open > 0 {
		h.captionText(raw, f)
	}
	if f&inNoise != 0 {
		return
	}
	if f&inTitle != 0 || len(bytes.TrimSpace(raw)) == 0 && len(h.cur) == 0 {
		return
	}
	h.cur = append(h.cur, raw...)
	n := len(raw)
	if f&inHeading != 0 {
		h.curHeading = true
	}
	if f&inStrong != 0 {
		h.curStrong += len(bytes.TrimSpace(raw))
		if h.curStrong == len(bytes.TrimSpace(h.cur)) {
			h.curLead = len(h.cur)
		}
	}
	if f&inLink != 0 {
		h.curLinkLen += n
		h.linkWords += wordCount(raw)
	}
}

// flush ends the block being collected.
func (h *htmlState) flush() {
	if len(h.cur) == 0 {
		h.curHref = h.curHref[:0]
		return
	}
	f := h.flags()
	raw := h.cur
	// The text of every block goes into one arena; only the blocks chosen
	// as the body become strings, in finish.
	off := len(h.arena)
	h.arena = appendClean(h.arena, raw)
	txt := h.arena[off:]
	trimmed := len(bytes.TrimSpace(raw))
	href := h.curHref
	if len(href) == 0 && f&inLink != 0 {
		href = h.linkHref // a block inside a link that wraps blocks
	}
	b := hblock{block: block{at: len(h.blocks), item: f&inItem != 0}, off: off, text: len(txt), links: min(h.curLinkLen, len(txt)), caption: h.curCaption || f&inCaption != 0, widget: f&inWidget != 0, cell: h.cell}
	if h.med.open > 0 && f&inPhotoBox != 0 && len(txt) > 0 {
		b.caption = h.captionBlock(len(txt)) || b.caption
	}
	b.linked = h.curLinkLen*2 > trimmed
	if h.curLead > 0 && h.curLead < len(raw) {
		b.lead = string(appendClean(nil, raw[:h.curLead]))
	}
	if len(txt) > 0 {
		b.heading = h.curHeading
		if !b.heading && !b.item && h.curStrong > 0 && h.curStrong >= trimmed-1 && wordCount(txt) <= 15 {
			b.heading = true // a paragraph that is all bold is a subheading
		}
		b.body = f&inBody != 0
		if len(href) > 0 {
			b.href = string(href) // only a block with text keeps its link
		}
		if f&inRelated != 0 {
			if f&inLink != 0 || h.curLinkLen*2 > trimmed {
				b.related = true
			} else {
				b.boxText = true
			}
		}
		h.blocks = append(h.blocks, b)
		if len(h.cumText) == 0 {
			h.cumText, h.cumLink = append(h.cumText, 0), append(h.cumLink, 0)
		}
		h.cumText = append(h.cumText, h.cumText[len(h.cumText)-1]+b.text)
		h.cumLink = append(h.cumLink, h.cumLink[len(h.cumLink)-1]+b.links)
		h.score(b)
		h.creditBlock(txt)
		if h.med.open > 0 && f&inPhotoBox == 0 {
			h.closePicture() // text of the body: a caption after it is not this picture's
		}
	}
	h.cur = h.cur[:0]
	h.curHeading, h.curStrong, h.curLinkLen, h.curHref, h.curLead, h.curCaption = false, 0, 0, h.curHref[:0], 0, false
}

// scored reports whether the generic scorer counts the block as a
// paragraph: enough text, not a related link.
func (b *hblock) scored() bool { return b.text >= 25 && !b.related }

// score credits a paragraph to the elements around it, as the generic path's
// container scoring: a paragraph's worth grows with its length and commas;
// its container gets all of it, the next container up half.
func (h *htmlState) score(b hblock) {
	if !b.scored() {
		return
	}
	s := 1 + float64(bytes.Count(h.arena[b.off:b.off+b.text], []byte(","))) + min(float64(b.text)/100, 3)
	s *= 1 - float64(b.links)/float64(b.text)
	share := 1.0
	for i := len(h.stack) - 1; i >= 0 && share > 0.2; i-- {
		if h.stack[i].info&tagContainer != 0 {
			h.stack[i].score += s * share
			share /= 2
		}
	}
}

// vote counts a link of the page's head towards the outlet whose host it
// names: pages saved without a canonical URL still load their icons,
// scripts and images from their outlet's hosts.
func (h *htmlState) vote(b []byte) {
	if h.site != nil || h.votes >= 64 || !bytes.HasPrefix(b, []byte("http")) && !bytes.HasPrefix(b, []byte("//")) {
		return
	}
	h.votes++
	if s := h.table().byHost(hostOf(b)); s != nil {
		if h.hostVotes == nil {
			h.hostVotes = make(map[*site]int)
		}
		h.hostVotes[s]++
	}
}

// capSpace separates the text of elements inside a capture: a byline's
// name and role often stand in spans with nothing between them.
func (h *htmlState) capSpace() {
	for i := range h.caps {
		if b := h.caps[i].buf; len(b) > 0 && b[len(b)-1] != ' ' {
			h.caps[i].buf = append(b, ' ')
		}
	}
}

// hostOf returns the host of an absolute or scheme-relative URL, lower-cased.
func hostOf(u []byte) string {
	return strings.ToLower(urlHost(string(u)))
}

// maxH1s is how many h1 elements berita reads the text of: a page's logo,
// section name and headline come before any index's teasers.
const maxH1s = 4

// pageStructure reports whether an element is part of the page's frame or
// the article: an article or main element, the headline, the element
// microdata names the body, or a box whose class names text.
func pageStructure(e *elem, cw uint16) bool {
	switch e.tag {
	case "article", "main", "h1":
		return true
	}
	if ip, ok := e.attrBytes("itemprop"); ok && bytes.EqualFold(ip, []byte("articleBody")) {
		return true
	}
	return cw&cwBody != 0 && cw&(cwNoise|cwAd) == 0 && tagInfo(e.tag)&tagContainer != 0
}

// midSentence reports whether an element opening now stands inside running
// text: an inline element (a link, a span, bold) after words of the same
// paragraph. Its class words name what it links to ("inner-link-tag": a
// tag page), not a widget: its text is part of the sentence.
func (h *htmlState) midSentence(tag string) bool {
	if len(h.cur) == 0 {
		return false
	}
	switch tag {
	case "a", "span", "strong", "b", "em", "i", "u", "small", "mark", "abbr", "cite", "font", "sup", "sub":
		return true
	}
	return false
}

// structural reports whether tag is one whose class never makes it noise.
func structural(tag string) bool {
	return tag == "body" || tag == "html" || tag == "main" || tag == "article"
}

// Class words: what the words of an element's class and id say about it,
// for the generic rules. Words are split at spaces, hyphens and underscores
// and looked up in one table, in one pass per element.
const (
	cwNoise     uint16 = 1 << iota // a widget: share bars, menus, tags, comments
	cwAd                           // an ad or recommendation network: always noise
	cwBody                         // names article text: the scorer weighs it up
	cwWidget                       // names a widget: the scorer weighs it down
	cwDate                         // the visible date
	cwAuthor                       // a byline
	cwEditor                       // an editor line
	cwRelated                      // a box of related links
	cwAdSlot                       // names a slot for ads (and nothing that names text)
	cwCaption                      // a photo's caption
	cwCredits                      // a credits box: roles and names, or label–value lines
	cwElsewhere                    // about other pages, people or pictures: sidebars, menus, comments, related boxes, captions
	cwPicture                      // a picture and its caption
	cwPhoto                        // a picture's box ("img", "figure"), for the pictures of a body only (images.go)
	cwSource                       // a source or credit ("source", "sumber"), for the pictures of a body only
	cwDesc                         // a description ("desc", "deskripsi"): a picture's caption right after it
)

var classWords = map[string]uint16{
	"share": cwNoise | cwWidget, "sharing": cwNoise, "social": cwNoise, "sosmed": cwNoise,
	"comment": cwNoise | cwWidget, "comments": cwNoise | cwWidget, "komentar": cwNoise | cwWidget,
	"sidebar": cwNoise | cwWidget, "widget": cwNoise | cwWidget, "caption": cwCaption, "breadcrumb": cwNoise,
	"breadcrumbs": cwNoise, "newsletter": cwNoise, "popular": cwNoise | cwWidget, "terpopuler": cwNoise | cwWidget,
	"recommend": cwNoise, "recommendation": cwNoise, "footer": cwNoise | cwWidget, "navbar": cwNoise | cwWidget,
	"nav": cwNoise | cwWidget, "menu": cwNoise | cwWidget, "tags": cwNoise, "tag": cwNoise,
	"related": cwRelated | cwWidget, "terkait": cwRelated | cwWidget, "baca": cwRelated, "promo": cwNoise, "subscribe": cwNoise,
	// Embedded posts of social networks (blockquote.instagram-media,
	// blockquote.twitter-tweet, blockquote.tiktok-embed): another's words
	// shown beside the story, not its text.
	"instagram": cwNoise, "tweet": cwNoise, "tiktok": cwNoise, "embed": cwNoise,
	"popin": cwAd, "taboola": cwAd, "outbrain": cwAd, "mgid": cwAd, "dable": cwAd, "adsbygoogle": cwAd, "gpt": cwAd,
	"article": cwBody, "content": cwBody, "body": cwBody, "detail": cwBody, "entry": cwBody, "post": cwBody,
	"text": cwBody, "story": cwBody, "isi": cwBody, "berita": cwBody, "read": cwBody, "artikel": cwBody,
	"date": cwDate, "tanggal": cwDate, "publish": cwDate, "published": cwDate, "time": cwDate, "schedule": cwDate,
	"waktu": cwDate, "tgl": cwDate, "datetime": cwDate, "pubdate": cwDate, "publishdate": cwDate,
	"byline": cwAuthor | cwDate, "author": cwAuthor, "penulis": cwAuthor, "reporter": cwAuthor, "writer": cwAuthor,
	"pewarta": cwAuthor, "editor": cwEditor, "redaktur": cwEditor, "penyunting": cwEditor,
}

// adSlotWords name a slot an ad is placed in. A class naming one
// ("ads-before-content", "article-ad") is an ad slot and its other words do
// not count; but an element that also has a class naming text
// ("entry-content-inner margin-ads": a WordPress theme leaving room for ads
// beside the text) is the text.
var adSlotWords = map[string]bool{"ads": true, "ad": true, "iklan": true, "advert": true, "advertisement": true, "banner": true}

// creditWords are the class words that say where credits stand, and where
// they never do; they join classWords at init.
var creditWords = map[string]uint16{
	"authors": cwAuthor, "writers": cwAuthor, "reporters": cwAuthor, "jurnalis": cwAuthor, "wartawan": cwAuthor,
	"autor": cwAuthor, "editors": cwEditor,
	"credit": cwCredits, "credits": cwCredits, "kredit": cwCredits,
	"photo": cwPicture, "foto": cwPicture, "image": cwPicture, "gambar": cwPicture, "caption": cwPicture | cwElsewhere,
	"comment": cwElsewhere, "comments": cwElsewhere, "komentar": cwElsewhere, "sidebar": cwElsewhere,
	"widget": cwElsewhere, "breadcrumb": cwElsewhere, "breadcrumbs": cwElsewhere, "popular": cwElsewhere,
	"terpopuler": cwElsewhere, "recommend": cwElsewhere, "recommendation": cwElsewhere, "navbar": cwElsewhere,
	"nav": cwElsewhere, "menu": cwElsewhere, "related": cwElsewhere, "terkait": cwElsewhere, "baca": cwElsewhere,
	"choice": cwElsewhere, "choices": cwElsewhere, "pilihan": cwElsewhere, "pick": cwElsewhere, "picks": cwElsewhere,
}

func init() {
	for w, f := range creditWords {
		classWords[w] |= f
	}
}

// classFeatures returns what the words of a lower-cased class and id say.
func classFeatures(lc []byte) uint16 {
	var f uint16
	update, adSlot, text := false, false, false
	forFields(lc, classSeps, func(c []byte) bool {
		if bytes.HasPrefix(c, []byte("js-")) || bytes.HasPrefix(c, []byte("js_")) {
			return true // a hook for scripts ("js-photo-tag"), not a name for what it holds
		}
		var cf uint16
		ad := false
		forFields(c, wordSeps, func(w []byte) bool {
			cf |= classWords[string(w)]
			update = update || string(w) == "update" || string(w) == "updated"
			ad = ad || adSlotWords[string(w)]
			return true
		})
		if ad {
			cf &^= cwBody
			adSlot = true
		} else if cf&cwBody != 0 {
			text = true
		}
		f |= cf
		return true
	})
	if update {
		f &^= cwDate
	}
	if adSlot && !text {
		if f&cwNoise == 0 {
			f |= cwAdSlot // noise for that alone
		}
		f |= cwNoise
	}
	return f
}

// classWeight is the generic scorer's reading of an element's class words.
func classWeight(f uint16) float64 {
	w := 0.0
	if f&cwBody != 0 {
		w += 5
	}
	if f&cwWidget != 0 {
		w -= 10
	}
	return w
}

// genericCredit returns the credit role an element of a page of an unknown
// outlet has by its class words: a byline, an author or an editor line.
func genericCredit(f uint16) mark {
	switch {
	case f&(cwWidget|cwPicture|cwElsewhere) != 0:
		// "author-and-share", "photo-credit", "editor-choices": a bar that
		// holds a byline among its widgets, a picture's credit, the editors'
		// picks of other articles. Elements inside decide.
		return 0
	case f&cwAuthor != 0:
		return inAuthor
	case f&cwEditor != 0:
		return inEditor
	}
	return 0
}

// creditLink returns the credit role of a link to a writer's page: rel=author,
// or a path through /author/, /penulis/, /reporter/, /wartawan/ (writers)
// or /editor/, /redaktur/ (editors), as news sites and WordPress print them.
//
// A role label just before the link names the role, whatever the path:
// "Editor <a href="/penulis/nama">Nama</a>".
func (h *htmlState) creditLink(e *elem) mark {
	if e.tag != "a" {
		return 0
	}
	var r mark
	href, _ := e.attrBytes("href")
	if rel, _ := e.attrBytes("rel"); len(rel) > 0 && bytes.Contains(h.lowerBytes(rel), []byte("author")) {
		r = inAuthor
	} else if len(href) > 0 {
		l := h.lowerBytes(href)
		for _, p := range creditPaths {
			if i := bytes.Index(l, []byte(p.path)); i >= 0 && i+len(p.path) < len(l) {
				r = p.role
				break
			}
		}
	}
	if r == 0 {
		return 0
	}
	before := bytes.TrimRight(h.cur, " \t\n\r:")
	if i := bytes.LastIndexAny(before, " \t\n\r"); i >= 0 {
		before = before[i+1:]
	}
	if len(before) > 0 && len(before) <= 12 {
		if role, ok := roleWord(string(before)); ok {
			switch {
			case role == int(roleEditor):
				return inEditor
			case role <= int(roleAuthor):
				return inAuthor
			}
			return 0 // a photographer's or a video editor's page
		}
	}
	return r
}

// creditPaths are the path segments of links to writers' and editors' pages.
var creditPaths = []struct {
	path string
	role mark
}{
	{"/author/", inAuthor}, {"/penulis/", inAuthor}, {"/reporter/", inAuthor}, {"/wartawan/", inAuthor},
	{"/editor/", inEditor}, {"/redaktur/", inEditor},
}

// creditItem reports whether an element inside a credits box is one of
// its items: a list item, a table row, a definition term or description.
func creditItem(tag string) bool {
	switch tag {
	case "li", "tr", "dt", "dd":
		return true
	}
	return false
}

// picture marks the element a picture opens, with the link or <picture>
// around it, as a picture box: a credit after the picture in it is the
// picture's. A picture after text (a header's lead image after the
// headline) makes no picture box of its parent.
func (h *htmlState) picture() {
	for i := len(h.stack) - 1; i >= 0 && i >= len(h.stack)-3; i-- {
		t := &h.stack[i]
		if t.start < len(h.blocks) || len(bytes.TrimSpace(h.cur)) > 0 {
			return
		}
		t.pictured = true
		if t.tag != "picture" && t.tag != "a" {
			return
		}
	}
}

// besidePicture reports whether the element being opened follows a picture
// in its parent: a credit there is the picture's ("AFP/Nama" after the <img>).
func (h *htmlState) besidePicture() bool {
	t := h.top()
	return t != nil && t.pictured
}

// textOf returns the text of a block, as a new string.
func (h *htmlState) textOf(b *hblock) string {
	return string(h.arena[b.off : b.off+b.text])
}

// wordCount counts the words of s, separated by ASCII white space.
func wordCount[T ~string | ~[]byte](s T) int {
	n, in := 0, false
	for i := range len(s) {
		if isSpaceByte(s[i]) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// wantsAttrs reports whether the attributes of a start tag can matter.
func (h *htmlState) wantsAttrs(tag string) bool {
	switch tag {
	case "path", "g", "circle", "rect", "line", "polygon", "polyline", "use", "defs", "symbol",
		"option", "input", "source", "picture", "br", "hr", "wbr", "col", "param", "track", "stop":
		return false
	case "img":
		f := h.flags()
		h.med.picture = h.bodyPicture(f)
		return h.med.picture || h.site == nil && h.votes < 64 || f&(inNoise|inBody) == inBody && h.meta["img"] == ""
	}
	return true
}

// A classInfo is what berita knows of one class attribute: its class words
// and, for the page's outlet, the selectors indexed under its classes. Pages
// repeat a few class attributes many times, so each is worked out once and
// kept, across pages, in the pooled buffers.
type classInfo struct {
	site     *site
	features uint16
	kind     uint32 // firstWordHash of the class
	refs     []*selRef
}

var noClass classInfo

func (h *htmlState) classInfo(e *elem) *classInfo {
	c := e.class
	if len(c) == 0 {
		return &noClass
	}
	var slot *classSlot
	if len(c) <= classKeyMax {
		slot = &h.classSlots[maphash.Bytes(classSeed, c)&(uint64(len(h.classSlots))-1)]
		if int(slot.n) == len(c) && slot.ci.site == h.site && string(slot.key[:slot.n]) == string(c) {
			return &slot.ci
		}
	}
	ci := h.classes[string(c)]
	if ci == nil || ci.site != h.site {
		ci = &classInfo{site: h.site, features: classFeatures(h.lowerBytes(c)), kind: firstWordHash(c)}
		if h.site != nil {
			ci.refs = h.site.rules.classRefs(c)
		}
		if len(h.classes) >= 4096 {
			clear(h.classes)
		}
		h.classes[string(c)] = ci
	}
	if slot != nil {
		slot.n = uint8(copy(slot.key[:], c))
		slot.ci = *ci
	}
	return ci
}

// lowerID returns the element's id lower-cased, in a reused buffer.
func (h *htmlState) lowerID(e *elem) []byte { return h.lowerBytes(e.id) }

// lowerBytes returns b lower-cased (ASCII), in a buffer reused for every tag.
func (h *htmlState) lowerBytes(b []byte) []byte {
	l := h.lower[:0]
	for _, c := range b {
		l = append(l, lowerByte(c))
	}
	h.lower = l
	return l
}

// afterBody is how far past the end of an outlet's body container berita
// reads: far enough for the credits, tags, pager and related boxes that
// follow the body. The rest of a page is footer, sidebars and their
// scripts, often two thirds of its bytes.
const afterBody = 16 << 10

// complete reports whether what the page has given so far makes an
// article: a headline, a publication date and, where the outlet's pages
// credit their writers in markup, a credit. A page missing one is read to
// its end.
func (h *htmlState) complete() bool {
	if h.a.Title == "" && h.titleH1 == "" {
		return false
	}
	if s := h.site; s != nil && len(s.author)+len(s.editor) > 0 && len(h.bylines) == 0 {
		return false
	}
	// Credits come in groups ("Penulis: ...", then "Editor: ..."): read on past the last.
	if len(h.caps) > 0 || h.pos < h.creditAt+4<<10 {
		return false
	}
	return h.siteDates > 0 || h.guessDates > 0 || h.ldArt != nil && h.ldArt.DatePublished != "" || h.meta["article:published_time"] != ""
}

// isStampAttr reports whether an attribute value is an ISO date, as pages
// put the machine-readable time of a date they show in its title.
func isStampAttr(v []byte) bool {
	return len(v) >= 10 && len(v) <= 40 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3]) && v[4] == '-'
}

// ownLink reports whether href points to the page itself (its URL,
// canonical URL or og:url), compared by path.
func (h *htmlState) ownLink(href []byte) bool {
	if !h.ownPathSet {
		h.ownPathSet = true
		h.ownPath = string(urlPath([]byte(firstOf(h.p.URL, h.meta["canonical"], h.meta["og:url"]))))
		h.ownTail = []byte(h.ownPath[strings.LastIndexByte(h.ownPath, '/')+1:])
	}
	if h.ownPath == "" || !bytes.Contains(href, h.ownTail) {
		return false // most links: the page's last path segment is not in them
	}
	p := urlPath(href)
	if string(p) == h.ownPath {
		return true
	}
	// A relative link: "2016/02/08/judul" on the page /2016/02/08/judul.
	n := len(h.ownPath) - len(p)
	return len(p) > 0 && p[0] != '/' && n > 0 && h.ownPath[n-1] == '/' && h.ownPath[n:] == string(p)
}

// urlPath returns the path of a URL, without its query, fragment and final slash.
func urlPath(u []byte) []byte {
	if i := bytes.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if i := bytes.Index(u, []byte("//")); i >= 0 {
		u = u[i+2:]
		if j := bytes.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			u = []byte("/")
		}
	}
	if len(u) > 1 {
		u = bytes.TrimSuffix(u, []byte("/"))
	}
	return u
}

// maxTeaserText bounds the text of a teaser: a headline link, its date and
// a line or two of summary.
const maxTeaserText = 600

// teaser marks the stamps that stand beside another story's headline link
// inside the element e, which has just closed: a date in the same small box
// as a link that reads as a headline (or one level further up) dates that
// story, not this one. A box holding much text is an article, not a teaser.
func (h *htmlState) teaser(e *elem) {
	depth := len(h.stack)
	if depth > 0 {
		h.top().teaserLink = true
	}
	if e.stampsAt >= len(h.stamps) {
		return
	}
	text := len(h.cur)
	if n := len(h.cumText); n > 0 && e.start < n {
		text += h.cumText[n-1] - h.cumText[e.start]
	}
	if text > maxTeaserText {
		return
	}
	for i := e.stampsAt; i < len(h.stamps); i++ {
		if d := h.stamps[i].depth - depth; d >= 0 && d <= 2 {
			h.stamps[i].teaser = true
		}
	}
}
