package berita

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"
	"time"
)

// metaKeys are the <meta> names and properties berita reads, lower-cased.
var metaKeys = map[string]bool{
	"og:title": true, "og:url": true, "og:site_name": true, "og:image": true, "og:type": true,
	"og:locale": true, "twitter:title": true, "twitter:image": true, "og:description": true, "description": true,
	"article:published_time": true, "article:modified_time": true, "article:section": true,
	"article:author": true, "author": true, "pubdate": true, "publishdate": true,
	"publish-date": true, "dtk:publishdate": true, "dtk:author": true, "content_publisheddate": true,
	"content_author": true, "content_editor": true, "content_category": true, "content_total_pages": true,
	"dc.date": true, "dc.date.issued": true, "dc.creator": true, "dc.title": true, "dc.language": true,
	"date": true, "datepublished": true, "datemodified": true, "published_time": true,
	"keywords": true, "news_keywords": true, "language": true, "content-language": true,
	"editor": true, "twitter:creator": true,
}

func (h *htmlState) metaTag(e *elem) {
	key := ""
	for _, k := range []string{"property", "name", "itemprop"} {
		if v, ok := e.attr(k); ok && v != "" {
			key = strings.ToLower(strings.TrimSpace(v))
			break
		}
	}
	if key == "" || !metaKeys[key] {
		return
	}
	v, _ := e.attr("content")
	v = cleanText(v)
	if v == "" {
		return
	}
	if key == "article:tag" {
		h.tags = append(h.tags, v)
		return
	}
	h.setMeta(key, v)
	if key == "og:url" && h.site == nil {
		h.site = h.table().byURL(v)
	}
}

// setMeta records a metadata value; the first one stated wins.
func (h *htmlState) setMeta(k, v string) {
	if _, ok := h.meta[k]; !ok {
		h.meta[k] = v
	}
}

// script keeps the scripts that carry article metadata: JSON-LD and the
// data layers outlets fill for their analytics.
func (h *htmlState) script(raw []byte) {
	t := h.top()
	if t == nil || t.tag != "script" {
		return
	}
	if t.ldJSON {
		// Parsed as it passes, from the tokenizer's buffer: never copied.
		if h.ldScripts < 16 {
			h.ldScripts++
			h.walkLD(raw, 0)
		}
		return
	}
	// Data layers are small inline scripts; a big script is a library.
	if len(raw) > 32<<10 || h.layerScripts >= 16 {
		return
	}
	for _, k := range dataLayerMarkers {
		if indexAnchored(raw, k) >= 0 {
			h.layerScripts++
			keys := layerKeys
			if h.p.Generic {
				keys = genericLayerKeys
			} else if h.site != nil {
				keys = h.site.layerKeys
			}
			for _, key := range keys {
				if h.layer[key] != "" {
					continue
				}
				if v := jsString(raw, key); v != "" && !strings.HasPrefix(v, "[") {
					if h.layer == nil {
						h.layer = make(map[string]string, 8)
					}
					h.layer[key] = v
				}
			}
			return
		}
	}
}

// dataLayerMarkers are what the scripts that carry article metadata contain.
var dataLayerMarkers = []string{"dataLayer", "kly", "kmklabs", "content_", "penulis"}

// indexAnchored returns the index of the first instance of word in b, or -1.
// It searches for the part of word from its anchor, a byte scripts use
// less than its first ("L" of "dataLayer", "_" of "content_"), and checks
// the bytes before: a search that stops at every "d" or "c" of a script
// costs more than the script's tokenizing.
func indexAnchored(b []byte, word string) int {
	anchor := anchorOf(word)
	tail := word[anchor:]
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte(tail))
		if i < 0 {
			return -1
		}
		i += off
		if i >= anchor && string(b[i-anchor:i]) == word[:anchor] {
			return i - anchor
		}
		off = i + 1
	}
}

// anchorOf returns the offset of the byte of word that script text uses
// least: an upper-case letter, a digit or a punctuation mark before any
// lower-case letter, and the lower-case letters by their rank in English
// and JavaScript text (byteRank).
func anchorOf(word string) int {
	best := 0
	for i := 1; i < len(word); i++ {
		if byteRank[word[i]] < byteRank[word[best]] {
			best = i
		}
	}
	return best
}

// byteRank ranks the lower-case letters from the least used in script text
// to the most (1 to 26); every other byte ranks 0, below them all.
var byteRank = func() (r [256]uint8) {
	for i, c := range []byte("qzjxkvwybgfpmhudlcnrtsoiae") {
		r[c] = uint8(i + 1)
	}
	return r
}()

// chooseSite picks the outlet's row once the head has been read.
func (h *htmlState) chooseSite() {
	if h.site != nil {
		return
	}
	for _, u := range []string{h.p.URL, h.meta["canonical"], h.meta["og:url"]} {
		if s := h.table().byURL(u); s != nil {
			h.site = s
			return
		}
	}
	if s := h.table().byName(h.meta["og:site_name"]); s != nil {
		h.site = s
		return
	}
	if t := h.title; t != "" {
		for _, sep := range []string{" - ", " | "} {
			if i := strings.LastIndex(t, sep); i > 0 {
				if s := h.table().byName(strings.TrimSpace(t[i+len(sep):])); s != nil {
					h.site = s
					return
				}
			}
		}
	}
	best := 0
	for _, s := range h.table() { // in table order, so that ties resolve the same way every time
		if n := h.hostVotes[s]; n > best {
			h.site, best = s, n
		}
	}
}

// ldArticle is the part of a schema.org NewsArticle berita reads. The
// values that may be objects or lists (persons, sections) are kept raw and
// decoded when read (see ldValue): most pages never need them, and
// decoding them into maps is most of a JSON-LD script's cost.
type ldArticle struct {
	Type          any             `json:"@type"`
	Headline      string          `json:"headline"`
	Description   string          `json:"description"`
	DatePublished string          `json:"datePublished"`
	DateModified  string          `json:"dateModified"`
	Author        json.RawMessage `json:"author"`
	Editor        json.RawMessage `json:"editor"`
	Section       json.RawMessage `json:"articleSection"`
	// ArticleBody is kept raw: it is the whole text, needed only for a page
	// whose HTML holds none (see body).
	ArticleBody json.RawMessage   `json:"articleBody"`
	Graph       []json.RawMessage `json:"@graph"`
}

// ldValue decodes a raw JSON-LD value; nil when there is none.
func ldValue(raw json.RawMessage) any {
	var v any
	if len(raw) == 0 || json.Unmarshal(raw, &v) != nil {
		return nil
	}
	return v
}

// walkLD reads a JSON-LD script: the first article object, looking inside
// arrays and @graph, and the @types the page declares.
func (h *htmlState) walkLD(raw []byte, depth int) {
	if depth > 4 || h.ldArt != nil {
		return
	}
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return
	}
	if raw[0] == '[' {
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			for _, r := range list {
				h.walkLD(r, depth+1)
			}
		}
		return
	}
	var a ldArticle
	if json.Unmarshal(raw, &a) != nil {
		return
	}
	for _, t := range strList(a.Type) {
		h.ldTypes = append(h.ldTypes, t)
		switch t {
		case "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "OpinionNewsArticle", "LiveBlogPosting":
			if h.ldArt == nil {
				h.ldArt = &a
			}
		}
	}
	for _, g := range a.Graph {
		h.walkLD(g, depth+1)
	}
}

// body returns the article's text, decoded; "" when there is none.
func (a *ldArticle) body() string {
	var s string
	if len(a.ArticleBody) == 0 || json.Unmarshal(a.ArticleBody, &s) != nil {
		return ""
	}
	return s
}

// strList reads a JSON-LD value that may be a string, an object with a
// name, or a list of either.
func strList(v any) []string {
	switch x := v.(type) {
	case string:
		if x = cleanText(x); x != "" {
			return []string{x}
		}
	case map[string]any:
		for _, k := range []string{"name", "url", "@id"} {
			if s, ok := x[k].(string); ok && cleanText(s) != "" {
				return []string{cleanText(s)}
			}
		}
	case []any:
		var out []string
		for _, e := range x {
			if _, list := e.([]any); !list { // lists hold names, not lists: no recursion on nesting
				out = append(out, strList(e)...)
			}
		}
		return out
	}
	return nil
}

// jsString finds `key: "value"` (or `"key": "value"`, `key = 'value'`) in a
// script and returns the value.
func jsString(script []byte, key string) string {
	off := 0
	for off < len(script) {
		i := indexAnchored(script[off:], key)
		if i < 0 {
			return ""
		}
		i += off
		off = i + len(key)
		if i > 0 && isWordByte(script[i-1]) {
			continue
		}
		j := off
		if j < len(script) && (script[j] == '"' || script[j] == '\'') {
			j++
		}
		for j < len(script) && (script[j] == ' ' || script[j] == '\t') {
			j++
		}
		if j >= len(script) || script[j] != ':' && script[j] != '=' {
			continue
		}
		j++
		for j < len(script) && (script[j] == ' ' || script[j] == '\t' || script[j] == '[') {
			j++
		}
		if j >= len(script) || script[j] != '"' && script[j] != '\'' {
			continue
		}
		q := script[j]
		end := bytes.IndexByte(script[j+1:], q)
		if end < 0 {
			return ""
		}
		v := string(script[j+1 : j+1+end])
		if strings.Contains(v, `\u`) || strings.Contains(v, `\/`) {
			var s string
			if json.Unmarshal([]byte(`"`+v+`"`), &s) == nil {
				v = s
			}
		}
		return cleanText(v)
	}
	return ""
}

// genericLayerKeys are the data-layer keys read on every page.
var genericLayerKeys = append(append(layerDateKeys[:len(layerDateKeys):len(layerDateKeys)], layerAuthorKeys...), layerEditorKeys...)

// layerDateKeys are the generic data-layer keys of the publication time.
var layerDateKeys = []string{"content_PublishedDate", "publish_date"}

// layerAuthorKeys and layerEditorKeys are the data-layer keys that name the
// writer and the editor on any outlet: analytics layers credit them under
// these names ("penulis" in Tribun's network, "reporters" and "editors" in
// KLY's, "author" and "editor" in plain dataLayer pushes).
var (
	layerAuthorKeys = []string{"content_author", "penulis", "reporters", "author"}
	layerEditorKeys = []string{"content_editor", "editors", "editor"}
)

// layerKeys are the data-layer keys any rule reads: every site's and the
// generic ones. Their values are taken from each script as it passes; once
// the outlet is known, only its keys and the generic ones are looked for.
var layerKeys = appendKeys(nil, append([]*site(nil), sites...)...)

// appendKeys appends the generic data-layer keys and those of the sites.
func appendKeys(keys []string, ss ...*site) []string {
	seen := map[string]bool{}
	add := func(list []string) {
		for _, k := range list {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	add(genericLayerKeys)
	for _, s := range ss {
		add(s.layerAuthor)
		add(s.layerEditor)
		add(s.layerDate)
	}
	return keys
}

// dataLayer returns the first value of any of keys in the page's data-layer scripts.
func (h *htmlState) dataLayer(keys ...string) string {
	for _, k := range keys {
		if v := h.layer[k]; v != "" {
			return v
		}
	}
	return ""
}

// resolve makes a link absolute against the page's URL and drops links that
// are not web addresses (javascript:, data:, mailto:).
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// absoluteURL resolves a URL the page states for itself against the address
// it was fetched from (nil if unknown), and returns it only when that makes
// it an absolute web address: a mirror's relative canonical link names no
// page of the outlet.
func absoluteURL(fetched *url.URL, href string) string {
	s := resolve(fetched, href)
	if u, err := url.Parse(s); err != nil || !u.IsAbs() || u.Host == "" {
		return ""
	}
	return s
}

// pageTime parses a date the page states, in the Parser's default zone.
func (h *htmlState) pageTime(s string) (time.Time, Precision, bool) {
	t, prec, err := h.p.ParseDate(s)
	if err != nil && t.IsZero() {
		return time.Time{}, PrecisionNone, false
	}
	return t, prec, prec != PrecisionNone
}
