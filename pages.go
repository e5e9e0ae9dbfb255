package berita

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"
)

// Multi-page articles show a pager: "Halaman 1 2 3", "Halaman selanjutnya",
// links to the same article with ?page=2 (Kompas, Tribun, Okezone, Suara,
// Merdeka) or ?hal=2. berita reports the number of pages and the next
// page's URL; MergePages joins the parsed pages into one Article.

// pageParams are the query parameters outlets number their pages with.
var pageParams = []string{"page", "hal", "halaman"}

// pageLink records a link to another page of the same article.
func (h *htmlState) pageLink(b []byte) {
	eq := bytes.IndexByte(b, '=')
	if eq < 0 || len(h.pageLinks) >= 64 ||
		!bytes.Contains(b, []byte("page=")) && !bytes.Contains(b, []byte("hal=")) && !bytes.Contains(b, []byte("halaman=")) {
		return
	}
	href := string(b)
	u, err := url.Parse(href)
	if err != nil {
		return
	}
	q := u.Query()
	for _, p := range pageParams {
		if v := q.Get(p); v != "" {
			if n, err := strconv.Atoi(v); err == nil && n >= 1 && n <= 100 {
				h.pageLinks = append(h.pageLinks, pageRef{n: n, href: href})
			}
			return
		}
	}
}

type pageRef struct {
	n    int
	href string
}

// fillPages sets Pages and NextPage from the links to other pages of the
// article: those whose path is the article's own.
func (h *htmlState) fillPages(base *url.URL) {
	if base == nil || len(h.pageLinks) == 0 {
		return
	}
	cur := 1
	for _, p := range pageParams {
		if n, err := strconv.Atoi(base.Query().Get(p)); err == nil && n > 0 {
			cur = n
		}
	}
	last := 0
	next := ""
	for _, l := range h.pageLinks {
		u, err := url.Parse(resolve(base, l.href))
		if err != nil || u.Path != base.Path || u.Host != "" && u.Host != base.Host {
			continue
		}
		last = max(last, l.n)
		if l.n == cur+1 && next == "" {
			next = u.String()
		}
	}
	if last >= 2 {
		h.a.Pages = max(last, cur)
		h.a.NextPage = next
	}
}

// MergePages joins the Articles parsed from the pages of one multi-page
// article, in page order, into one: the metadata of the first page, the
// paragraphs, related links, quotes, dates, images and embeds of all pages
// in order, the words of all pages counted, and the credits and sources of
// all pages without repeats; it is Truncated when any page is. It returns
// nil for no pages. The pages are not modified.
func MergePages(pages ...*Article) *Article {
	var first *Article
	for _, p := range pages {
		if p != nil {
			first = p
			break
		}
	}
	if first == nil {
		return nil
	}
	m := *first
	m.Paragraphs, m.Related, m.Quotes, m.Dates, m.Images, m.Embeds = nil, nil, nil, nil, nil, nil
	m.WordCount = 0
	m.Authors, m.Editors, m.Sources, m.Tags = nil, nil, nil, nil
	n := 0
	for _, p := range pages {
		if p == nil {
			continue
		}
		n++
		off := len(m.Paragraphs)
		m.Paragraphs = append(m.Paragraphs, p.Paragraphs...)
		m.Related = append(m.Related, p.Related...)
		for _, q := range p.Quotes {
			q.Paragraph += off
			m.Quotes = append(m.Quotes, q)
		}
		for _, d := range p.Dates {
			d.Paragraph += off
			m.Dates = append(m.Dates, d)
		}
		for _, im := range p.Images {
			im.Paragraph += off
			m.Images = append(m.Images, im)
		}
		for _, e := range p.Embeds {
			e.Paragraph += off
			m.Embeds = append(m.Embeds, e)
		}
		m.WordCount += p.WordCount
		m.Authors = appendNew(m.Authors, p.Authors...)
		m.Editors = appendNew(m.Editors, p.Editors...)
		m.Sources = appendNew(m.Sources, p.Sources...)
		m.Tags = appendNew(m.Tags, p.Tags...)
		if m.Initials == "" {
			m.Initials = p.Initials
		}
		m.Truncated = m.Truncated || p.Truncated
	}
	m.Pages = max(n, first.Pages)
	m.NextPage = ""
	return &m
}

// appendNew appends the values of add that list does not hold yet.
func appendNew(list []string, add ...string) []string {
next:
	for _, a := range add {
		for _, l := range list {
			if strings.EqualFold(l, a) {
				continue next
			}
		}
		list = append(list, a)
	}
	return list
}
