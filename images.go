package berita

import (
	"bytes"
	"net/url"
	"strings"
)

// Pictures of the body. An image is met as the page streams past: where it
// stands among the blocks, which elements hold it, and its address, the one
// a lazy-loading page keeps in data-src or srcset rather than the
// placeholder in src. Its caption is the text that follows it inside its
// box: a figure and its figcaption, an element whose class names a photo
// or a caption ("photo__caption", "caption-img"), read even where the
// outlet's row or the generic rules call the box noise. A credit element
// inside the box ("photo__author", "credit", "sumber") gives the credit; a
// caption attribute of a slide ("data-caption") gives the caption of the
// picture inside the slide. Once the body is chosen, the pictures inside it
// are kept, and each is placed before the paragraph that follows it.
//
// Tracking pixels, icons, avatars, ads and the thumbnails of links to other
// stories are not pictures of the body.

// Limits of the pictures and embeds read from one page.
const (
	maxPictures = 1000
	maxEmbeds   = 1000
	maxCaption  = 1000 // bytes of a caption, or of a credit, as read: a longer one is text, not a caption
)

// mediaBufs are the pooled working memory of the pictures and embeds of
// one page.
type mediaBufs struct {
	pics   []picRec
	embeds []embedRec
	text   []byte // the addresses, captions and credits of pics and embeds
	cap    []byte // the caption of the open picture, as read
	credit []byte // and its credit
}

// reset empties the buffers for the next page, and reports whether they
// are small enough to keep.
func (m *mediaBufs) reset() bool {
	if cap(m.text) > maxPooled || cap(m.pics) > maxPooled/64 || cap(m.embeds) > maxPooled/64 {
		return false
	}
	m.pics, m.embeds, m.text, m.cap, m.credit = m.pics[:0], m.embeds[:0], m.text[:0], m.cap[:0], m.credit[:0]
	return true
}

// add appends b to the text and returns where it stands there.
func (m *mediaBufs) add(b []byte) textSpan {
	off := len(m.text)
	m.text = append(m.text, b...)
	return textSpan{off, len(m.text)}
}

// A textSpan is a run of mediaBufs.text.
type textSpan struct{ off, end int }

// A picRec is a picture as the page gave it.
type picRec struct {
	at     int  // the index of the block it stands before
	serial int  // its number among the page's elements: which elements hold it
	body   bool // inside the outlet's body container
	attr   bool // the caption is a caption attribute's
	url    textSpan
	cap    textSpan
	credit textSpan
}

// An embedRec is an embedded post or player as the page gave it.
type embedRec struct {
	at, serial int
	body       bool
	kind       string
	url        textSpan
}

// mediaState is what ParseHTML knows, at a point of the page, of the
// pictures and embeds around it.
type mediaState struct {
	open int // 1 + the index of the picture whose caption is being read; 0 for none
	box  int // 1 + the stack index of that picture's box; 0 when it has none
	attr attrCaption
	// quote is 1 + the stack index of an embedded post (a blockquote)
	// being read, 0 for none; quoteSerial is the post element's serial and
	// quoteEmbed its index among the embeds.
	quote, quoteSerial, quoteEmbed int
	// picture is bodyPicture's verdict on the img element being read.
	picture bool
	// capFrom is the first block of the open picture's box, capBytes the
	// bytes of those blocks: its caption, up to maxCaption.
	capFrom, capBytes int
	// textFrom is the serial of the element the caption's last text came
	// from, inline whether it is an inline element.
	textFrom int
	inline   bool
}

// An attrCaption is the last caption attribute read: the stack index and
// serial of the element that carries it, and 1 + the index of its block.
type attrCaption struct {
	depth, serial, block int
}

// mediaElem reports whether an element may be what mediaFlags looks for.
func mediaElem(tag string, parent mark, cw uint16) bool {
	return parent&(inPhotoBox|inFigure) != 0 || cw&(cwPicture|cwPhoto|cwAd|cwAdSlot|cwRelated) != 0 || tag == "li" || tag == "figure" ||
		cw&cwNoise != 0 && tag == "a"
}

// mediaTag reports whether the attributes of a tag may make it a picture
// or an embed.
func mediaTag(tag string) bool {
	if len(tag) < 3 {
		return false
	}
	switch tag[0] { // most tags are none of these: told by their first letter
	case 'i':
		return tag == "img" || tag == "iframe"
	case 'b':
		return tag == "blockquote"
	case 'v':
		return tag == "video"
	case 'e':
		return tag == "embed"
	}
	return false
}

// mediaAttr returns the key under which a picture's or an embed's attribute
// is kept, or "" for an attribute they do not need: the address lazy
// loaders keep, and the permalink of an embedded Instagram post.
func mediaAttr(k []byte) string {
	switch string(k) {
	case "data-src":
		return "data-src"
	case "data-lazy-src":
		return "data-lazy-src"
	case "data-original":
		return "data-original"
	case "data-lazy":
		return "data-lazy"
	case "data-srcset":
		return "data-srcset"
	case "data-lazy-srcset":
		return "data-lazy-srcset"
	case "data-instgrm-permalink":
		return "data-instgrm-permalink"
	case "allowfullscreen":
		return "allowfullscreen"
	}
	return ""
}

// photoWords are the class words that name a picture's box, and those that
// name a source or credit: they join classWords at init.
var photoWords = map[string]uint16{
	"img": cwPhoto, "pic": cwPhoto, "picture": cwPhoto, "figure": cwPhoto, "figcaption": cwPhoto,
	"keterangan": cwPhoto, "source": cwSource, "sumber": cwSource,
	"desc": cwDesc, "deskripsi": cwDesc, "description": cwDesc,
}

func init() {
	for w, f := range photoWords {
		classWords[w] |= f
	}
}

// mediaFlags returns the flags f of an element being opened inside an
// element with the flags parent, with what it is to the pictures: a
// picture's box (a figure, an element whose class words name a photo or a
// caption), a credit inside one, a list item, or a box where no picture is
// the article's (named for ads or related stories). The outlet's
// row may call a picture's box noise (it is not text) and so may the
// generic rules (a figure): a box stands inside such noise, but not inside
// what class words call a widget (a related story's thumbnail), nor is a
// widget inside a box one (its share bar, a zoom button). push asks only
// for the elements that may be one of these or stand in a box (mediaElem):
// a figcaption is a box as its figure is. An element named a description
// ("deskripsi") is the caption box of a picture whose box has just closed,
// with no text between.
func (h *htmlState) mediaFlags(e *elem, parent, f mark, cw uint16) mark {
	if e.tag == "li" {
		f |= inItem
	}
	if e.tag == "a" && cw&cwNoise != 0 && h.med.quote == 0 {
		h.embedLink(e, parent) // a link named an embed: a player's placeholder
	}
	if cw&(cwAd|cwAdSlot|cwRelated) != 0 {
		// Other widgets are noise to pictures as to text; a box for ads
		// may be noise only for the outlet's row, a related box none.
		return f&^(inPhotoBox|inPhotoCredit) | inNoPicture
	}
	if e.tag == "table" && parent&inFigure != 0 {
		// A figure that holds a table (WordPress's figure.wp-block-table):
		// the table is text, noise only for the figure around it.
		return f &^ (inNoise | inFigure | inPhotoBox | inPhotoCredit)
	}
	const credit = cwCredits | cwAuthor | cwSource
	after := h.med.open > 0 && h.med.box == 0 && parent&inPhotoBox == 0 // a picture is open, its box closed
	photo := e.tag == "figure" || e.tag == "figcaption" || cw&(cwPicture|cwPhoto) != 0 || cw&cwDesc != 0 && after
	switch {
	case photo && f&(inRelated|inNoPicture) == 0 && (parent&inPhotoBox != 0 || parent&(inWidget|inSoftNoise) == 0):
		f |= inPhotoBox
		if after {
			h.med.box = len(h.stack) + 1 // the caption box of the picture open
		}
		if parent&inPhotoBox != 0 && cw&credit != 0 {
			f |= inPhotoCredit
		}
	case parent&inPhotoBox == 0:
	case cw&(cwNoise|cwAd|cwAdSlot|cwRelated) != 0 || (f&^parent)&(inNoise|inWidget|inRelated) != 0:
		f &^= inPhotoBox | inPhotoCredit
	case cw&credit != 0:
		f |= inPhotoCredit
	}
	return f
}

// bodyPicture reports whether an image met inside an element with flags f
// may be a picture of the body: not in the head, a related box, a box for
// ads or noise other than its own box or slide. Whether it stands in the
// body is known once the body is chosen (bodyMedia); a page whose body the
// outlet's row does not find is read by the generic rules, and a gallery's
// slides often stand outside the box of its text. Inside an outlet's body
// container, what its row calls noise may be a picture's box
// ("div.imagecontent"), unless class words call it a widget.
//
// On an outlet's page, outside its body container, only a picture in a box
// or a slide is looked at: the rest is the header, sidebars and teasers,
// whose attributes are not worth reading.
func (h *htmlState) bodyPicture(f mark) bool {
	if f&(inHead|inScript|inRelated|inNoPicture) != 0 || f&inLink != 0 && !h.pictureLink() {
		return false
	}
	switch {
	case f&(inNoise|inWidget) == 0 && (h.site == nil || f&inBody != 0):
		return true
	case f&(inBody|inWidget|inSoftNoise) == inBody:
		return true // what the outlet's row calls noise inside its body
	}
	return f&inPhotoBox != 0 || h.inCaptioned()
}

// inCaptioned reports whether the element that carries the last caption
// attribute is open: a slide, whose picture has that caption.
func (h *htmlState) inCaptioned() bool {
	c := h.med.attr
	return c.block > 0 && c.depth < len(h.stack) && h.stack[c.depth].serial == c.serial
}

// mediaStart reads the start tag of an element that may be a picture or an
// embed, or a link inside an embedded post.
func (h *htmlState) mediaStart(e *elem) {
	switch e.tag {
	case "img":
		h.image(e)
	case "iframe", "video", "embed":
		h.player(e)
	case "blockquote":
		h.post(e)
	case "a":
		h.postLink(e)
	}
}

// image notes an img element as a picture of the body, if it may be one:
// wantsAttrs has asked bodyPicture, and read its attributes if so.
func (h *htmlState) image(e *elem) {
	f := h.flags()
	m := &h.media
	if len(e.attrs) == 0 || !h.med.picture || len(m.pics) >= maxPictures || notPicture(h, e) {
		return
	}
	u := h.pictureURL(e)
	if u == nil {
		return
	}
	h.closePicture()
	h.elems++ // the picture counts as an element: the elements holding it are those open
	p := picRec{at: len(h.blocks), serial: h.elems, body: f&inBody != 0, url: m.add(u)}
	if c := h.med.attr; c.block > 0 && c.block <= len(h.blocks) && (c.serial == h.elems || h.inCaptioned()) {
		// A slide's caption attribute, on the picture or an element around
		// it: its block is the caption, and the picture stands before it.
		b := &h.blocks[c.block-1]
		p.cap, p.attr, p.at = m.add(h.arena[b.off:b.off+b.text]), true, c.block-1
		h.med.attr = attrCaption{}
	}
	m.pics = append(m.pics, p)
	h.med.open, h.med.box, h.med.capFrom, h.med.capBytes = len(m.pics), 0, len(h.blocks), 0
	for i := len(h.stack) - 1; i >= 0 && h.stack[i].flags&inPhotoBox != 0; i-- {
		h.med.box = i + 1 // the outermost box the picture stands in
	}
}

// pictureLink reports whether the link open around an image is the
// picture's own (a link to the full-size image, or to the page itself)
// rather than another story's teaser. A link whose target is unknown
// (inside noise) is taken as the picture's.
func (h *htmlState) pictureLink() bool {
	l := h.linkHref
	if len(l) == 0 {
		return true
	}
	var ext [4]byte
	n := 0
	for i := len(l) - 1; i >= 0 && i >= len(l)-5; i-- {
		if l[i] == '.' {
			n = copy(ext[:], l[i+1:])
			break
		}
	}
	for i := range n {
		ext[i] = lowerByte(ext[i])
	}
	switch string(ext[:n]) {
	case "jpg", "jpeg", "png", "webp", "gif", "avif":
		return true
	}
	return h.ownLink(l)
}

// notPicture reports whether an img element is page furniture, not a
// picture: an icon, an avatar, a logo or an emoji by its class, or an
// element of at most 50 pixels a side by its size (a tracking pixel, an
// icon).
func notPicture(h *htmlState, e *elem) bool {
	if len(e.class) > 0 {
		c := h.lowerBytes(e.class)
		for _, w := range []string{"avatar", "icon", "logo", "emoji"} {
			if bytes.Contains(c, []byte(w)) {
				return true
			}
		}
	}
	for _, k := range []string{"width", "height"} {
		if v, ok := e.attrBytes(k); ok {
			n, digits := 0, 0
			for _, c := range bytes.TrimSpace(v) {
				if !isDigit(c) {
					break
				}
				n, digits = n*10+int(c-'0'), digits+1
			}
			if digits > 0 && digits < 4 && n <= 50 {
				return true
			}
		}
	}
	return false
}

// pictureURL returns the address of an img element's picture: the one a
// lazy loader keeps (data-src, data-lazy-src, data-original), else src
// unless it is a placeholder, else the first of a srcset; nil for none.
// Tracking pixels and ad servers' images give none.
func (h *htmlState) pictureURL(e *elem) []byte {
	var lazy, src, set []byte
	for _, a := range e.attrs {
		switch a.key {
		case "data-src", "data-lazy-src", "data-original", "data-lazy":
			if lazy == nil && usableURL(a.val) {
				lazy = a.val
			}
		case "src":
			src = a.val
		case "data-srcset", "data-lazy-srcset", "srcset":
			if set == nil {
				set = a.val
			}
		}
	}
	u := lazy
	if u == nil && usableURL(src) && !placeholder(src) {
		u = src
	}
	if u == nil && set != nil {
		set = bytes.TrimSpace(set)
		if i := bytes.IndexAny(set, " \t\n,"); i >= 0 {
			set = set[:i]
		}
		if usableURL(set) && !placeholder(set) {
			u = set
		}
	}
	if u == nil || adURL(u) {
		return nil
	}
	return bytes.TrimSpace(u)
}

// usableURL reports whether an attribute's value can address a picture: not
// empty, not an inline data: image, not a script.
func usableURL(v []byte) bool {
	v = bytes.TrimSpace(v)
	if len(v) == 0 || v[0] == '#' {
		return false
	}
	return !hasPrefixFold(v, "data:") && !hasPrefixFold(v, "javascript:") && !hasPrefixFold(v, "about:")
}

// placeholder reports whether a src is the stand-in a lazy loader shows
// until the picture loads (a blank, spacer, transparent or loading image),
// or page furniture (an icon, a logo, a pager's arrow), as the words of
// its file name say.
func placeholder(u []byte) bool {
	if i := bytes.IndexByte(u, '?'); i >= 0 {
		u = u[:i]
	}
	var buf [64]byte
	found := false
	forFields(lowerInto(buf[:], u[bytes.LastIndexByte(u, '/')+1:]), fileSeps, func(w []byte) bool {
		found = len(w) >= 2 && fileWord(w)
		return !found
	})
	return found
}

// fileSeps part the words of a file name.
var fileSeps = newByteSet("-_. ")

// fileWord reports whether w is a word of the file names of placeholders
// and furniture.
func fileWord(w []byte) bool {
	switch string(w) {
	case "blank", "spacer", "placeholder", "transparent", "loading", "loader", "lazy", "lazyload", "1x1", "pixel",
		"spinner", "icon", "ico", "logo", "arrow", "prev", "next", "btn", "button", "sprite":
		return true
	}
	return false
}

// lowerInto copies b, lower-cased, into buf, as much of it as fits.
func lowerInto[T ~string | ~[]byte](buf []byte, b T) []byte {
	n := copy(buf, b)
	for i := range n {
		buf[i] = lowerByte(buf[i])
	}
	return buf[:n]
}

// adURL reports whether an address is an ad server's or a tracker's: a
// label of its host or a segment of its path, lower-cased, is an ad word.
func adURL(u []byte) bool {
	if i := bytes.Index(u, []byte("//")); i >= 0 && i < 8 {
		u = u[i+2:]
	}
	if i := bytes.IndexByte(u, '?'); i >= 0 {
		u = u[:i]
	}
	var buf [128]byte
	found := false
	forFields(lowerInto(buf[:], u), urlSeps, func(w []byte) bool {
		found = len(w) >= 2 && len(w) <= len("googlesyndication") && adWord(w)
		return !found
	})
	return found
}

// urlSeps part the labels of a host and the segments of a path.
var urlSeps = newByteSet("./")

// adWord reports whether w is a label of the hosts of ad servers and
// trackers or a segment of the paths of their images: they show an ad or
// count a visit, never the article ("securepubads.g.doubleclick.net",
// "…/www/delivery/…", "www.facebook.com/tr?…").
func adWord(w []byte) bool {
	switch string(w) {
	case "doubleclick", "googlesyndication", "googleadservices", "adservice", "adserver", "ads", "adsimg",
		"scorecardresearch", "google-analytics", "effectivemeasure", "quantserve", "delivery", "tr", "pixel", "banner", "iklan":
		return true
	}
	return false
}

// hasPrefixFold reports whether b opens with p, an ASCII lower-case string,
// in any case.
func hasPrefixFold(b []byte, p string) bool {
	if len(b) < len(p) {
		return false
	}
	for i := range len(p) {
		if lowerByte(b[i]) != p[i] {
			return false
		}
	}
	return true
}

// captionText adds text read inside the open picture's box to its caption,
// or to its credit inside a credit element. A caption attribute, once
// read, is the caption: the box's text may only add the credit.
//
// The text of two elements is parted by a space unless both are inline
// (a bold word inside the caption's sentence).
func (h *htmlState) captionText(raw []byte, f mark) {
	m := &h.media
	t := h.top()
	buf := &m.cap
	switch p := &m.pics[h.med.open-1]; {
	case f&inPhotoCredit != 0:
		buf = &m.credit
	case p.attr:
		return
	}
	if len(*buf) > maxCaption {
		return
	}
	if n := len(*buf); n > 0 && (*buf)[n-1] != ' ' && t.serial != h.med.textFrom && !(inline(t.tag) && h.med.inline) {
		*buf = append(*buf, ' ')
	}
	*buf = append(*buf, raw...)
	h.med.textFrom, h.med.inline = t.serial, inline(t.tag)
}

// captionBlock reports whether a block of n bytes flushed in the box of
// the open picture is its caption: captions are never the body's text, but
// a box that holds more than a caption's length of text is no picture's
// box, and its blocks are the body's.
func (h *htmlState) captionBlock(n int) bool {
	if h.med.capBytes > maxCaption {
		return false
	}
	if h.med.capBytes += n; h.med.capBytes > maxCaption {
		for i := h.med.capFrom; i < len(h.blocks); i++ {
			h.blocks[i].caption = false
		}
		return false
	}
	return true
}

// inline reports whether a tag is an inline element of running text.
func inline(tag string) bool {
	switch tag {
	case "a", "b", "strong", "i", "em", "u", "small", "font", "sup", "sub", "mark", "cite", "abbr":
		return true
	}
	return false
}

// closePicture ends the reading of the open picture's caption.
func (h *htmlState) closePicture() {
	if h.med.open == 0 {
		return
	}
	m := &h.media
	p := &m.pics[h.med.open-1]
	if len(bytes.TrimSpace(m.cap)) > 0 && len(m.cap) <= maxCaption {
		p.cap = m.add(m.cap)
	}
	if len(bytes.TrimSpace(m.credit)) > 0 && len(m.credit) <= maxCaption {
		p.credit = m.add(m.credit)
	}
	m.cap, m.credit = m.cap[:0], m.credit[:0]
	h.med.open, h.med.box = 0, 0
}

// shift moves the pictures and embeds that stand after the block start to
// it: the blocks of a table row were merged into that one.
func (m *mediaBufs) shift(start int) {
	for i := len(m.pics) - 1; i >= 0 && m.pics[i].at > start; i-- {
		m.pics[i].at = start
	}
	for i := len(m.embeds) - 1; i >= 0 && m.embeds[i].at > start; i-- {
		m.embeds[i].at = start
	}
}

// A picture is a picture of the article, its paragraph not yet known: at is
// the index of the block it stands before.
type picture struct {
	Image
	at int
}

// An embed is an embed of the article, its paragraph not yet known.
type embed struct {
	Embed
	at int
}

// bodyMedia returns the pictures and embeds of the body: inside the
// outlet's body container (known) or the elements chosen as the body, and
// not before from, the first block of the body kept (the headline and
// what stands above it are not the body).
func (h *htmlState) bodyMedia(base *url.URL, known bool, from int) ([]picture, []embed) {
	h.closePicture()
	m := &h.media
	in := func(body bool, serial int) bool {
		if known {
			return body
		}
		for _, c := range h.chosen {
			if c.serial < serial && serial <= c.last {
				return true
			}
		}
		return false
	}
	var pics []picture
	for i := range m.pics {
		p := &m.pics[i]
		if p.at < from || !in(p.body, p.serial) {
			continue
		}
		u := mediaURL(base, m.text[p.url.off:p.url.end])
		if u == "" {
			continue
		}
		if n := len(pics); n > 0 && pics[n-1].URL == u {
			continue // the same picture again: a lazy loader's copy
		}
		caption := cleanText(stripMarkup(string(m.text[p.cap.off:p.cap.end])))
		credit := cleanText(stripMarkup(string(m.text[p.credit.off:p.credit.end])))
		if credit != "" {
			caption, _ = splitCredit(caption)
			credit = trimCreditLabel(credit)
		} else {
			caption, credit = splitCredit(caption)
		}
		pics = append(pics, picture{Image{URL: u, Caption: caption, Credit: credit}, p.at})
	}
	var embeds []embed
	for i := range m.embeds {
		e := &m.embeds[i]
		if e.at < from || !in(e.body, e.serial) {
			continue
		}
		var u string
		if e.url.end > e.url.off {
			u = mediaURL(base, m.text[e.url.off:e.url.end])
		}
		embeds = append(embeds, embed{Embed{Kind: e.kind, URL: embedURL(e.kind, u)}, e.at})
	}
	return pics, embeds
}

// mediaURL resolves a picture's or an embed's address against the page's
// and returns it only when that makes it an absolute http or https address.
// A scheme-relative address ("//cdn…") on a page of unknown address is
// taken as https.
func mediaURL(base *url.URL, raw []byte) string {
	raw = bytes.TrimSpace(raw)
	if plainURL(raw) {
		return string(raw) // absolute already, and nothing in it to escape
	}
	s := string(raw)
	if strings.HasPrefix(s, "//") && (base == nil || base.Scheme == "") {
		s = "https:" + s
	}
	return absoluteURL(base, s)
}

// plainURL reports whether u is an absolute http or https address with a
// host, made only of the characters an address may hold unescaped.
func plainURL(u []byte) bool {
	rest, ok := bytes.CutPrefix(u, []byte("https://"))
	if !ok {
		if rest, ok = bytes.CutPrefix(u, []byte("http://")); !ok {
			return false
		}
	}
	if len(rest) == 0 || rest[0] == '/' || rest[0] == '.' {
		return false
	}
	for _, c := range rest {
		if c <= ' ' || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}' {
			return false
		}
	}
	return true
}
