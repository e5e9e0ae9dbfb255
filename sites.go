package berita

import (
	"net/url"
	"strings"
)

// A site is one outlet's row in the outlet table: how to recognise it and
// where its pages keep each part of the article. Selectors are simple and
// match one element: "tag", ".class", "tag.class", "tag.c1.c2", "#id",
// "tag#id", "[attr=value]", "tag[attr=value]".
type site struct {
	name      string   // the outlet's own name, as Article.Outlet
	hosts     []string // host names; a page on a host or any subdomain of it belongs here
	siteNames []string // og:site_name / publisher names, compared ignoring case
	datelines []string // the outlet as its datelines print it, compared ignoring case

	title   []string // the headline element
	date    []string // the visible publication date
	author  []string // bylines
	editor  []string // editor credits
	body    []string // the element whose text is the article body
	noise   []string // elements inside the body that are not the article
	related []string // boxes of related links inside the body
	pager   []string // the pager of a multi-page article

	ldAuthorIsEditor bool // the page's JSON-LD "author" names the editor, not the writer

	rules rules // the selectors above, compiled at init
}

// sites is the outlet table.
var sites = []*site{
	{name: "Kompas.com", hosts: []string{"kompas.com"}, siteNames: []string{"Kompas.com", "KOMPAS.com"}, datelines: []string{"KOMPAS.com", "Kompas.com"}},
	{name: "Tribunnews.com", hosts: []string{"tribunnews.com"}, siteNames: []string{"Tribunnews.com"}, datelines: []string{"TRIBUNNEWS.COM", "Tribunnews.com"}},
	{name: "Serambinews.com", hosts: []string{"serambinews.com", "aceh.tribunnews.com"}, siteNames: []string{"Serambinews.com", "Serambi Indonesia"}, datelines: []string{"SERAMBINEWS.COM"}},
	{name: "detikNews", hosts: []string{"detik.com"}, siteNames: []string{"detikNews", "detikcom", "detik.com"}, datelines: []string{"detikcom", "detikNews"}},
	{name: "Liputan6.com", hosts: []string{"liputan6.com"}, siteNames: []string{"Liputan6.com", "liputan6.com"}, datelines: []string{"Liputan6.com"}},
	{name: "CNN Indonesia", hosts: []string{"cnnindonesia.com"}, siteNames: []string{"CNN Indonesia", "cnnindonesia.com"}, datelines: []string{"CNN Indonesia"}},
	{name: "ANTARA", hosts: []string{"antaranews.com"}, siteNames: []string{"ANTARA News", "Antara News", "antaranews.com"}, datelines: []string{"ANTARA", "ANTARA News", "Antaranews"}},
	{name: "Tempo.co", hosts: []string{"tempo.co"}, siteNames: []string{"Tempo.co", "Tempo", "TEMPO.CO"}, datelines: []string{"TEMPO.CO", "Tempo.co"}},
	{name: "Okezone", hosts: []string{"okezone.com"}, siteNames: []string{"Okezone", "okezone.com", "Okezone.com"}, datelines: []string{"Okezone.com", "Okezone"}},
	{name: "Republika", hosts: []string{"republika.co.id", "republika.id"}, siteNames: []string{"Republika", "Republika Online", "republika.co.id"}, datelines: []string{"REPUBLIKA.CO.ID", "Republika.co.id"}},
	{name: "Merdeka.com", hosts: []string{"merdeka.com"}, siteNames: []string{"Merdeka.com", "merdeka.com"}, datelines: []string{"Merdeka.com"}},
	{name: "Suara.com", hosts: []string{"suara.com"}, siteNames: []string{"Suara.com", "suara.com"}, datelines: []string{"Suara.com"}},
	{name: "VIVA", hosts: []string{"viva.co.id"}, siteNames: []string{"VIVA", "VIVA.co.id", "viva.co.id"}, datelines: []string{"VIVA", "VIVA.co.id"}},
	{name: "Media Indonesia", hosts: []string{"mediaindonesia.com"}, siteNames: []string{"Media Indonesia", "mediaindonesia.com"}, datelines: []string{"Media Indonesia"}},
	{name: "Bisnis.com", hosts: []string{"bisnis.com"}, siteNames: []string{"Bisnis.com", "bisnis.com"}, datelines: []string{"Bisnis.com"}},
	{name: "KapanLagi.com", hosts: []string{"kapanlagi.com"}, siteNames: []string{"KapanLagi.com", "Kapanlagi.com"}, datelines: []string{"KapanLagi.com"}},
	{name: "The Jakarta Post", hosts: []string{"thejakartapost.com"}, siteNames: []string{"The Jakarta Post"}, datelines: []string{"The Jakarta Post"}},
}

// siteByHost returns the row of the outlet serving host, or nil.
func siteByHost(host string) *site {
	host = strings.ToLower(strings.TrimPrefix(host, "www."))
	var best *site
	bestLen := 0
	for _, s := range sites {
		for _, h := range s.hosts {
			if (host == h || strings.HasSuffix(host, "."+h)) && len(h) > bestLen {
				best, bestLen = s, len(h)
			}
		}
	}
	return best
}

// siteByURL returns the row of the outlet serving the page at u, or nil.
func siteByURL(u string) *site {
	if u == "" {
		return nil
	}
	pu, err := url.Parse(u)
	if err != nil {
		return nil
	}
	return siteByHost(pu.Hostname())
}

// siteByName returns the row of the outlet named name in a dateline,
// sign-off or og:site_name, or nil.
func siteByName(name string) *site {
	if name == "" {
		return nil
	}
	for _, s := range sites {
		for _, n := range s.datelines {
			if strings.EqualFold(n, name) {
				return s
			}
		}
		for _, n := range s.siteNames {
			if strings.EqualFold(n, name) {
				return s
			}
		}
	}
	// Tribun's regional papers print their own domain: TRIBUNJATENG.COM, TRIBUN-MEDAN.COM.
	if l := strings.ToLower(name); strings.HasPrefix(l, "tribun") && strings.Contains(l, ".") {
		return siteByHost(l)
	}
	return siteByHost(strings.ToLower(name))
}
