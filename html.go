package berita

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// MaxDepth is how deep elements may nest before berita stops tracking
// deeper ones: their text still counts, their tags are ignored.
const MaxDepth = 512

// ParseHTML parses an article page read from r: the bytes as the outlet
// served them. It makes one pass over the page with an HTML tokenizer,
// collecting metadata (JSON-LD, OpenGraph, meta tags, data-layer scripts)
// and the text blocks of the body at once.
//
// A page that is not an article (a homepage, an index of links) gives an
// error matching ErrNotArticle, with an Article holding the page's metadata.
func (p *Parser) ParseHTML(r io.Reader) (*Article, error) {
	limit := p.maxBytes()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("berita: reading page: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	data = decodeCharset(data)
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrNoContent
	}
	h := &htmlState{state: state{p: p, a: &Article{}}}
	h.run(data)
	return h.finish()
}

// decodeCharset returns the page as UTF-8. It honours a BOM and the declared
// charset, except that bytes which are valid UTF-8 stay as they are: pages
// that declare iso-8859-1 but are UTF-8 (KapanLagi) are common, while a
// real Latin-1 page with accented letters is almost never valid UTF-8.
func decodeCharset(data []byte) []byte {
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return data[3:]
	}
	enc, name, _ := charset.DetermineEncoding(data, "")
	if name == "utf-8" || enc == nil {
		return data
	}
	if !bytes.HasPrefix(data, []byte("\xfe\xff")) && !bytes.HasPrefix(data, []byte("\xff\xfe")) && utf8.Valid(data) {
		return data
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return out
}

// An elem is an open element on the tokenizer's stack.
type elem struct {
	tag   string
	id    string
	class string
	attrs []html.Attribute // the attributes a selector may ask for

	flags  mark
	scopes uint64  // bits of the site's scope selectors matched here or above
	start  int     // the first block flushed inside this element
	score  float64 // the generic scorer's score of paragraphs directly inside
	roles  mark    // the capture roles this element started
}

func (e *elem) attr(name string) (string, bool) {
	for _, a := range e.attrs {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
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
)

const captureRoles = inTitle | inDate | inAuthor | inEditor | inPager

// A capture collects the text of one element with a role (the headline,
// the visible date, a byline).
type capture struct {
	role mark
	buf  []byte
}

// htmlState is the per-call state of ParseHTML.
type htmlState struct {
	state
	site  *site
	stack []elem
	extra int // elements open beyond MaxDepth

	cur        []byte // text of the block being collected
	curHeading bool
	curStrong  int // bytes of cur inside <strong>/<b>
	curLinkLen int
	curHref    string
	curLinks   int
	curLead    int // bytes of cur that are the opening bold run

	blocks  []hblock
	cumText []int // cumulative text bytes of blocks, for link density
	cumLink []int
	cands   []cand
	bodies  []cand // ranges of the site's body containers

	caps      []capture
	titleH1   string
	meta      map[string]string
	tags      []string
	ld        []string // JSON-LD scripts
	scripts   []string // data-layer scripts
	title     string   // <title>
	lang      string
	times     []string      // <time datetime>
	hostVotes map[*site]int // outlets whose hosts the head's links point to
	votes     int

	pageLinks []pageRef // links to other pages of the article

	visibleDates []string
	bylines      []byline
}

// A byline is the text of an author or editor element.
type byline struct {
	text   string
	editor bool
}

// An hblock is a block of the page with what the HTML said about it.
type hblock struct {
	block
	body    bool // inside the site's body container
	boxText bool // text of a related box outside its links: its label
	text    int
	links   int
}

// A cand is an element the generic scorer may choose as the body.
type cand struct {
	start, end int
	score      float64
}

// blockTags end the text block before them and start a new one.
var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "ul": true, "ol": true, "blockquote": true, "section": true, "article": true,
	"table": true, "tr": true, "td": true, "th": true, "tbody": true, "thead": true,
	"figure": true, "figcaption": true, "header": true, "footer": true, "main": true,
	"aside": true, "nav": true, "form": true, "dd": true, "dt": true, "dl": true, "pre": true,
	"br": true, "hr": true, "center": true, "address": true, "details": true, "summary": true,
}

// containerTags can hold a whole article body.
var containerTags = map[string]bool{
	"div": true, "article": true, "section": true, "main": true, "td": true, "body": true, "span": true,
}

// skipTags hold no article text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "iframe": true, "svg": true, "form": true,
	"button": true, "select": true, "textarea": true, "template": true, "object": true,
	"embed": true, "video": true, "audio": true, "canvas": true, "nav": true, "footer": true,
	"aside": true, "figure": true, "figcaption": true, "ins": true, "map": true, "head": true,
}

// voidTags have no end tag.
var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
	"param": true, "keygen": true, "command": true,
}

// wantAttrs are the attributes kept on an element for selectors and metadata.
func wantAttr(k string) bool {
	switch k {
	case "itemprop", "property", "name", "content", "rel", "href", "datetime", "type", "lang", "role", "data-type", "src":
		return true
	}
	return false
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
func (h *htmlState) run(data []byte) {
	z := html.NewTokenizer(bytes.NewReader(data))
	h.meta = make(map[string]string, 16)
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			h.flush()
			for len(h.stack) > 0 {
				h.pop()
			}
			return
		case html.TextToken:
			h.text(z)
		case html.StartTagToken, html.SelfClosingTagToken:
			h.start(z, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			h.end(string(name))
		}
	}
}

func (h *htmlState) start(z *html.Tokenizer, selfClosing bool) {
	name, hasAttr := z.TagName()
	tag := atomString(name)
	e := elem{tag: tag}
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch key := atomString(k); key {
		case "class":
			e.class = string(v)
		case "id":
			e.id = string(v)
		default:
			if wantAttr(key) {
				e.attrs = append(e.attrs, html.Attribute{Key: key, Val: string(v)})
			}
		}
	}
	switch tag {
	case "meta":
		h.metaTag(&e)
		return
	case "link":
		href, _ := e.attr("href")
		if rel, _ := e.attr("rel"); strings.EqualFold(rel, "canonical") && href != "" {
			h.setMeta("canonical", href)
		}
		h.vote(href)
		return
	case "script", "img":
		if h.site == nil && h.votes < 64 {
			src, _ := e.attr("src")
			h.vote(src)
		}
	case "html":
		if l, ok := e.attr("lang"); ok {
			h.lang = l
		}
	case "body":
		h.chooseSite()
	case "time":
		if dt, ok := e.attr("datetime"); ok && h.flags()&(inNoise|inHead) == 0 {
			h.times = append(h.times, dt)
		}
	}
	if blockTags[tag] {
		h.flush()
	}
	if voidTags[tag] || selfClosing {
		if tag == "img" && h.flags()&inNoise == 0 && h.meta["og:image"] == "" {
			if src, _ := e.attr("src"); src != "" && h.flags()&inBody != 0 {
				h.setMeta("img", src)
			}
		}
		return
	}
	h.push(e)
}

// push opens an element, working out what it is and what it is inside of.
func (h *htmlState) push(e elem) {
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
		if href, ok := e.attr("href"); ok {
			h.pageLink(href)
			if h.curHref == "" {
				h.curHref = href
			}
			h.curLinks++
			if f&inRelated != 0 && f&inNoise == 0 {
				h.flush()
				h.curHref = href
			}
		}
	case "strong", "b":
		f |= inStrong
	case "h2", "h3", "h4", "h5", "h6":
		f |= inHeading
	case "script", "style", "noscript", "template":
		f |= inScript
	case "h1":
		// One h1 capture at a time: each open capture copies all the text,
		// so nested h1s would cost their depth times the page.
		if h.titleH1 == "" && parent&(inNoise|inHead) == 0 && !h.capturing(inTitle<<16) {
			e.roles |= inTitle << 16 // the first h1, a title candidate
		}
	}
	if skipTags[e.tag] && e.tag != "head" && e.tag != "script" {
		f |= inNoise
	}
	if s := h.site; s != nil {
		r := &s.rules
		for i := range r.scopes {
			if r.scopes[i].match(&e, scopes) {
				scopes |= 1 << i
			}
		}
		if matchAny(r.noise, &e, scopes) {
			f |= inNoise
		}
		if matchAny(r.body, &e, scopes) && parent&(inBody|inNoise) == 0 {
			f |= inBody
		}
		if matchAny(r.related, &e, scopes) {
			f |= inRelated
			h.flush()
			if href, ok := e.attr("href"); ok && e.tag == "a" {
				h.curHref = href // the box is the link itself (Kompas's a.inner-link-baca-juga)
			}
		}
		for _, role := range [...]struct {
			sels []selector
			f    mark
		}{{r.title, inTitle}, {r.date, inDate}, {r.author, inAuthor}, {r.editor, inEditor}, {r.pager, inPager}} {
			// Credits may stand in boxes that are noise to the body; dates in noise are other articles'.
			if parent&role.f == 0 && (role.f != inDate || parent&inNoise == 0) && matchAny(role.sels, &e, scopes) {
				f |= role.f
				e.roles |= role.f
			}
		}
	} else if h.site == nil && parent&(inNoise|inHead) == 0 {
		// Unknown outlets: bylines and dates by their class names.
		if r := genericCredit(&e); r != 0 && parent&(inAuthor|inEditor) == 0 {
			f |= r
			e.roles |= r
		}
		if genericDate(&e) && parent&inDate == 0 {
			f |= inDate
			e.roles |= inDate
		} else if e.roles == 0 && genericNoise(&e) {
			f |= inNoise
		}
	}
	if f&inNoise == 0 && adWidget(&e) {
		f |= inNoise
	}
	if f&inBody != 0 && parent&inBody == 0 {
		h.flush()
	}
	for r := inTitle; r <= inPager; r <<= 1 {
		if e.roles&r != 0 {
			h.caps = append(h.caps, capture{role: r})
		}
	}
	if e.roles&(inTitle<<16) != 0 {
		h.caps = append(h.caps, capture{role: inTitle << 16})
	}
	h.capSpace()
	e.flags, e.scopes, e.start = f, scopes, len(h.blocks)
	h.stack = append(h.stack, e)
}

func matchAny(sels []selector, e *elem, scopes uint64) bool {
	for i := range sels {
		if sels[i].match(e, scopes) {
			return true
		}
	}
	return false
}

// genericNoise reports whether an element of a page of an unknown outlet is
// by its class or id a widget, not article text. Class names are split into
// words at spaces, hyphens and underscores, so "share-bar" and "comments"
// count but "abmenu" does not.
func genericNoise(e *elem) bool {
	if e.class == "" && e.id == "" || e.tag == "body" || e.tag == "html" || e.tag == "main" || e.tag == "article" {
		return false
	}
	noise := false
	for _, s := range [2]string{e.class, e.id} {
		forWords(s, func(w string) bool {
			noise = genericNoiseWords[strings.ToLower(w)]
			return !noise
		})
		if noise {
			return true
		}
	}
	return false
}

// forWords calls f with each word of a class list, split at spaces, hyphens
// and underscores, until f returns false.
func forWords(s string, f func(string) bool) {
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '-' || s[i] == '_' || s[i] == '\t' || s[i] == '\n' {
			if start >= 0 && !f(s[start:i]) {
				return
			}
			start = -1
		} else if start < 0 {
			start = i
		}
	}
}

var genericNoiseWords = map[string]bool{
	"share": true, "sharing": true, "social": true, "sosmed": true, "comment": true, "comments": true,
	"komentar": true, "sidebar": true, "widget": true, "advert": true, "advertisement": true, "iklan": true,
	"ads": true, "ad": true, "caption": true, "breadcrumb": true, "breadcrumbs": true, "newsletter": true,
	"popular": true, "terpopuler": true, "recommend": true, "recommendation": true, "footer": true,
	"navbar": true, "nav": true, "menu": true, "banner": true, "tags": true, "tag": true, "related": true,
	"terkait": true, "promo": true, "subscribe": true,
}

func (h *htmlState) end(name string) {
	if blockTags[name] {
		h.flush()
	}
	if voidTags[name] {
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
	e := h.stack[len(h.stack)-1]
	if e.tag == "a" && e.flags&inRelated != 0 {
		h.flush()
	}
	h.stack = h.stack[:len(h.stack)-1]
	h.capSpace()
	if e.roles != 0 {
		if blockTags[e.tag] || e.roles&inTitle != 0 {
			h.flush()
		}
		for r := inTitle; r <= inPager; r <<= 1 {
			if e.roles&r != 0 {
				h.endCapture(r)
			}
		}
		if e.roles&(inTitle<<16) != 0 {
			h.endCapture(inTitle << 16)
		}
	}
	if e.flags&inBody != 0 && (len(h.stack) == 0 || h.top().flags&inBody == 0) {
		h.flush()
		h.bodies = append(h.bodies, cand{start: e.start, end: len(h.blocks)})
	}
	if e.score > 0 {
		n := len(h.blocks)
		text := h.cumText[n] - h.cumText[e.start]
		link := h.cumLink[n] - h.cumLink[e.start]
		density := 0.0
		if text > 0 {
			density = float64(link) / float64(text)
		}
		h.cands = append(h.cands, cand{start: e.start, end: n, score: (e.score + classWeight(&e)) * (1 - density)})
	}
}

// classWeight is the generic scorer's reading of an element's class and id.
func classWeight(e *elem) float64 {
	s := strings.ToLower(e.class + " " + e.id)
	if s == " " {
		return 0
	}
	w := 0.0
	for _, k := range []string{"article", "content", "body", "detail", "entry", "post", "text", "story", "isi", "berita", "read"} {
		if strings.Contains(s, k) {
			w += 5
			break
		}
	}
	for _, k := range []string{"comment", "sidebar", "footer", "related", "widget", "share", "menu", "nav", "popular", "terkait"} {
		if strings.Contains(s, k) {
			w -= 10
			break
		}
	}
	return w
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

// endCapture stores what a capture collected.
func (h *htmlState) endCapture(role mark) {
	for i := len(h.caps) - 1; i >= 0; i-- {
		if h.caps[i].role != role {
			continue
		}
		txt := cleanText(string(h.caps[i].buf))
		h.caps = append(h.caps[:i], h.caps[i+1:]...)
		if txt == "" {
			return
		}
		switch role {
		case inTitle:
			if h.a.Title == "" {
				h.a.Title = txt
			}
		case inTitle << 16:
			if h.titleH1 == "" {
				h.titleH1 = txt
			}
		case inDate:
			h.visibleDates = append(h.visibleDates, txt)
		case inAuthor:
			h.bylines = append(h.bylines, byline{txt, false})
		case inEditor:
			h.bylines = append(h.bylines, byline{txt, true})
		}
		return
	}
}

func (h *htmlState) text(z *html.Tokenizer) {
	f := h.flags()
	raw := z.Text()
	if f&inScript != 0 {
		h.script(raw)
		return
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
	}
}

// flush ends the block being collected.
func (h *htmlState) flush() {
	if len(h.cur) == 0 {
		h.curHref, h.curLinks = "", 0
		return
	}
	f := h.flags()
	raw := h.cur
	txt := cleanText(string(raw))
	trimmed := len(bytes.TrimSpace(raw))
	b := hblock{block: block{text: txt, href: h.curHref}, text: len(txt), links: min(h.curLinkLen, len(txt))}
	b.linked = h.curLinkLen*2 > trimmed
	if h.curLead > 0 && h.curLead < len(raw) {
		b.lead = cleanText(string(raw[:h.curLead]))
	}
	if txt != "" {
		b.heading = h.curHeading
		if !b.heading && h.curStrong > 0 && h.curStrong >= trimmed-1 && len(strings.Fields(txt)) <= 15 {
			b.heading = true // a paragraph that is all bold is a subheading
		}
		b.body = f&inBody != 0
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
	}
	h.cur = h.cur[:0]
	h.curHeading, h.curStrong, h.curLinkLen, h.curHref, h.curLinks, h.curLead = false, 0, 0, "", 0, 0
}

// score credits a paragraph to the elements around it, as the generic path's
// container scoring: a paragraph's worth grows with its length and commas;
// its container gets all of it, the next container up half.
func (h *htmlState) score(b hblock) {
	if b.text < 25 || b.related {
		return
	}
	s := 1 + float64(strings.Count(b.block.text, ",")) + min(float64(b.text)/100, 3)
	s *= 1 - float64(b.links)/float64(b.text)
	share := 1.0
	for i := len(h.stack) - 1; i >= 0 && share > 0.2; i-- {
		if containerTags[h.stack[i].tag] {
			h.stack[i].score += s * share
			share /= 2
		}
	}
}

// atomString returns the lower-case tag or attribute name, without
// allocating for the names HTML knows.
func atomString(b []byte) string {
	if a := atom.Lookup(b); a != 0 {
		return a.String()
	}
	return string(bytes.ToLower(b))
}

// vote counts a link of the page's head towards the outlet whose host it
// names: pages saved without a canonical URL still load their icons,
// scripts and images from their outlet's hosts.
func (h *htmlState) vote(u string) {
	if h.site != nil || h.votes >= 64 || !strings.HasPrefix(u, "http") && !strings.HasPrefix(u, "//") {
		return
	}
	if strings.HasPrefix(u, "//") {
		u = "https:" + u
	}
	h.votes++
	if s := siteByURL(u); s != nil {
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

// adWidgets are recommendation and ad networks that outlets embed inside
// the article body (popIn, MGID, Taboola, Outbrain, Dable, Google ads),
// matched in class and id.
var adWidgets = []string{"_popin", "taboola", "outbrain", "mgid", "dable", "adsbygoogle", "div-gpt-ad", "scriptroot"}

func adWidget(e *elem) bool {
	if e.class == "" && e.id == "" {
		return false
	}
	for _, s := range [2]string{e.class, e.id} {
		for _, w := range adWidgets {
			if containsFold(s, w) {
				return true
			}
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word w,
// ignoring case, without allocating.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// genericDate reports whether an element of a page of an unknown outlet is
// by its class or id the visible publication date.
func genericDate(e *elem) bool {
	if e.tag == "time" {
		return true
	}
	if e.class == "" && e.id == "" {
		return false
	}
	for _, s := range [2]string{e.class, e.id} {
		for _, w := range [...]string{"date", "tanggal", "publish", "time", "schedule", "waktu", "tgl", "byline"} {
			if containsFold(s, w) && !containsFold(s, "update") {
				return true
			}
		}
	}
	return false
}

// genericCredit returns the credit role an element of a page of an unknown
// outlet has by its class or id: a byline, an author or an editor line.
func genericCredit(e *elem) mark {
	if e.class == "" && e.id == "" {
		return 0
	}
	var r mark
	for _, s := range [2]string{e.class, e.id} {
		forWords(s, func(w string) bool {
			switch strings.ToLower(w) {
			case "author", "byline", "penulis", "reporter", "writer", "pewarta":
				r = inAuthor
			case "editor", "redaktur", "penyunting":
				r = inEditor
			}
			return r == 0
		})
		if r != 0 {
			return r
		}
	}
	return 0
}
