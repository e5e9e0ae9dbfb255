package berita

import (
	"bytes"
	"net/url"
	"strings"
)

// Embeds. The platforms publish the markup of their embeds, and it names
// them: a tweet is a blockquote.twitter-tweet holding a link to the post
// (…/status/…), an Instagram post a blockquote.instagram-media with its
// data-instgrm-permalink, a TikTok video a blockquote.tiktok-embed whose
// cite is the video's address; a YouTube, Vimeo, Dailymotion or Facebook
// video is an iframe on the platform's host. Another iframe that asks to
// go full screen (allowfullscreen), or whose address names a video or a
// player, is a video player: the outlet's own ("20.detik.com/embed/…",
// "video.kompas.com/embed/…"); so is a <video> element. Their text (a
// tweet's words, a player's fallback) is another's, never the article's.

// embedHosts are the platforms whose embeds are told by their host, with
// the kind each gives.
var embedHosts = []struct{ host, kind string }{
	{"youtube.com", "youtube"}, {"youtube-nocookie.com", "youtube"}, {"youtu.be", "youtube"},
	{"vimeo.com", "vimeo"}, {"dailymotion.com", "dailymotion"}, {"dai.ly", "dailymotion"},
	{"instagram.com", "instagram"}, {"twitter.com", "twitter"}, {"x.com", "twitter"},
	{"facebook.com", "facebook"}, {"tiktok.com", "tiktok"},
}

// embedKind returns the kind of embed an address shows: its platform's by
// its host, "video" for another player (player says the markup asks for
// full screen, or names a video), or "" when it is no embed (an ad, a
// widget, a form, the platforms' share and like buttons).
func embedKind(u []byte, player bool) string {
	host := hostOf(bytes.TrimSpace(u))
	for _, e := range embedHosts {
		if host != e.host && !strings.HasSuffix(host, "."+e.host) {
			continue
		}
		switch {
		case e.kind == "facebook" && bytes.Contains(u, []byte("/plugins/")) && !bytes.Contains(u, []byte("/plugins/post")) && !bytes.Contains(u, []byte("/plugins/video")),
			e.kind == "twitter" && !bytes.Contains(u, []byte("/embed")) && !bytes.Contains(u, []byte("/status/")):
			return "" // a like, share or follow button, a page box, comments: the platforms' widgets
		}
		return e.kind
	}
	if host == "" || adURL(u) {
		return ""
	}
	for _, w := range []string{"video", "vidio", "player"} {
		if indexFold(u, w) >= 0 {
			return "video"
		}
	}
	if player {
		return "video"
	}
	return ""
}

// embedContext reports whether an embed met inside an element with flags
// f may be one of the body: not in the head, a script or a related box,
// and on an outlet's page inside its body. An embed is noise to the text,
// and so is often the box around it.
func (h *htmlState) embedContext(f mark) bool {
	if f&(inHead|inScript|inRelated|inAdSlot) != 0 || len(h.media.embeds) >= maxEmbeds {
		return false
	}
	return h.site == nil || f&inBody != 0
}

// addEmbed notes an embed of the kind, with its address, where the page
// stands now, and returns its index.
func (h *htmlState) addEmbed(kind string, u []byte, f mark) int {
	h.closePicture() // what follows is not a picture's caption
	m := &h.media
	h.elems++ // the embed counts as an element: the elements holding it are those open
	e := embedRec{at: len(h.blocks), serial: h.elems, body: f&inBody != 0, kind: kind}
	if u != nil {
		e.url = m.add(bytes.TrimSpace(u))
	}
	m.embeds = append(m.embeds, e)
	return len(m.embeds) - 1
}

// embedLink reads a link whose class names an embed ("embed video20detik"),
// opened inside an element with flags f: the placeholder a page's script
// turns into the player the link points to.
func (h *htmlState) embedLink(e *elem, f mark) {
	if !h.embedContext(f) || !bytes.Contains(e.class, []byte("embed")) {
		return
	}
	href, ok := e.attrBytes("href")
	if !ok || !usableURL(href) {
		return
	}
	if kind := embedKind(href, indexFold(e.class, "video") >= 0); kind != "" {
		h.addEmbed(kind, href, f)
	}
}

// player reads an iframe, an embed or a video element.
func (h *htmlState) player(e *elem) {
	f := h.flags()
	if !h.embedContext(f) {
		return
	}
	var u []byte
	for _, k := range []string{"data-src", "src"} {
		if v, ok := e.attrBytes(k); ok && usableURL(v) {
			u = v
			break
		}
	}
	if e.tag == "video" {
		h.addEmbed("video", u, f)
		return
	}
	_, full := e.attrBytes("allowfullscreen")
	if kind := embedKind(u, full); kind != "" {
		h.addEmbed(kind, u, f)
	}
}

// post reads a blockquote: an embedded post when its class is the one its
// platform's embed code gives.
func (h *htmlState) post(e *elem) {
	f := h.flags()
	if len(e.class) == 0 || !h.embedContext(f) {
		return
	}
	c := h.lowerBytes(e.class)
	var kind string
	var u []byte
	switch {
	case bytes.Contains(c, []byte("twitter-tweet")), bytes.Contains(c, []byte("twitter-video")):
		kind = "twitter"
	case bytes.Contains(c, []byte("instagram-media")):
		kind = "instagram"
		u, _ = e.attrBytes("data-instgrm-permalink")
	case bytes.Contains(c, []byte("tiktok-embed")):
		kind = "tiktok"
		u, _ = e.attrBytes("cite")
	default:
		return
	}
	if !usableURL(u) {
		u = nil
	}
	h.med.quoteEmbed = h.addEmbed(kind, u, f)
	// The blockquote is pushed next: its stack index and serial.
	h.med.quote, h.med.quoteSerial = len(h.stack)+1, h.elems+1
}

// postLink reads a link inside an embedded post: a tweet's last link to a
// status is the tweet's address; an Instagram post's first link to a post
// is its own when the permalink attribute is missing.
func (h *htmlState) postLink(e *elem) {
	if e.tag != "a" {
		return
	}
	q := h.med.quote - 1
	if q >= len(h.stack) || h.stack[q].serial != h.med.quoteSerial {
		h.med.quote = 0 // the post has closed
		return
	}
	href, ok := e.attrBytes("href")
	if !ok || !usableURL(href) {
		return
	}
	m := &h.media
	p := &m.embeds[h.med.quoteEmbed]
	switch {
	case p.kind == "twitter" && bytes.Contains(href, []byte("/status/")):
		p.url = m.add(bytes.TrimSpace(href))
	case p.kind == "instagram" && p.url.end == p.url.off && bytes.Contains(href, []byte("instagram.com/")):
		p.url = m.add(bytes.TrimSpace(href))
	}
}

// embedURL returns the address of the post or video an embed shows: a
// Facebook plugin's href parameter; a post's address without the tracking
// query its embed code adds ("?ref_src=twsrc…", "?utm_source=ig_embed")
// and without Instagram's "/embed" page.
func embedURL(kind, u string) string {
	switch kind {
	case "twitter", "instagram", "tiktok":
		if i := strings.IndexAny(u, "?#"); i >= 0 {
			u = u[:i]
		}
		if kind == "instagram" {
			u = strings.TrimSuffix(strings.TrimSuffix(u, "/"), "/embed") + "/"
		}
		return u
	}
	if kind != "facebook" || !strings.Contains(u, "/plugins/") {
		return u
	}
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	if href := p.Query().Get("href"); href != "" {
		if a := absoluteURL(nil, href); a != "" {
			return a
		}
	}
	return u
}
