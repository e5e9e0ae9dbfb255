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

	// Keys of the outlet's data-layer script (window.dataLayer, kmklabs,
	// kly.gtm) holding the writer, the editor and the publication time.
	layerAuthor, layerEditor, layerDate []string

	ldAuthorIsEditor bool // the page's JSON-LD "author" names the editor, not the writer

	rules     rules    // the selectors above, compiled at init
	layerKeys []string // the data-layer keys to read on its pages
}

// A table is a list of outlet rows to look pages and names up in.
type table []*site

// sites is the outlet table. Where a selector names a template, the comment
// says which years it serves; markup facts come from the outlets' pages.
var sites = table{
	{
		name: "Kompas.com", hosts: []string{"kompas.com"}, siteNames: []string{"Kompas.com", "KOMPAS.com"},
		datelines: []string{"KOMPAS.com", "Kompas.com"},
		// 2017–2026: h1.read__title; 2015–16: the h2 of div.kcm-read-top (the h1 there is the channel logo).
		title: []string{"h1.read__title", "div.kcm-read-top h2", "div.kcm-read-content-top h2"},
		// 2025: "Kompas.com - 28/05/2025, 13:30 WIB"; 2015: "Rabu, 4 November 2015 | 21:04 WIB".
		date:   []string{"div.read__time", "div.kcm-date", "div.msmall.grey.mb2", "div.grey.small.mb2"},
		author: []string{"div.credit-author", "div.read__credit__item", "div.kcm-read-copy tr"},
		body:   []string{"div.read__content", "div.kcm-read-text", "span.kcmread1114"},
		noise: []string{"span.ads-on-body", "div#EndOfArticle", "span.liftdown_v2_tanda", "div.kcm-read-terkait",
			"div.kcm-read-bottom-topic", "div.kcm-read-copy", "div.photo", "div.photo__caption", "div.ads-partner-wrap",
			"div.read__paging", "div.read__tagging", "div.kompasidRec"},
		related:     []string{"a.inner-link-baca-juga", "table.linksisip"},
		pager:       []string{"div.read__paging"},
		layerAuthor: []string{"content_author"}, layerEditor: []string{"content_editor"},
		layerDate: []string{"content_PublishedDate"}, ldAuthorIsEditor: true,
	},
	{
		name: "Tribunnews.com", hosts: []string{"tribunnews.com", "surya.co.id", "wartakotalive.com", "bangkapos.com",
			"banjarmasinpost.co.id", "pos-kupang.com", "sripoku.com", "tribunjabar.id", "tribunbatam.id", "tribunkaltim.co",
			"tribunmanado.co.id", "tribunlampung.co.id", "tribun-timur.com"},
		siteNames: []string{"Tribunnews.com"}, datelines: []string{"TRIBUNNEWS.COM", "Tribunnews.com"},
		title: []string{"h1#arttitle"},
		// 2020: <time> "Jumat, 9 Oktober 2020 13:52" (no zone); 2015: the h3 of div.grey.bdr3.
		date: []string{"div.grey.bdr3 time", "div.grey.bdr3"},
		// 2020: div#penulis, div#editor; 2015: "Penulis: X" and "Editor: Y" divs in div.f11.grey.pb10.
		author: []string{"div#penulis", "div.f11.grey.pb10 div", "div.f12.grey.mb15 div"}, editor: []string{"div#editor"},
		body:    []string{"div.txt-article", "div.side-article.txt-article"},
		noise:   []string{"div#div-Inside-MediumRectangle", "div.ads-placeholder", "div.paging"},
		related: []string{"p.baca"}, pager: []string{"div.paging"},
		layerAuthor: []string{"penulis"}, layerEditor: []string{"editor"}, layerDate: []string{"publish_date"},
		ldAuthorIsEditor: true,
	},
	{
		name: "Serambinews.com", hosts: []string{"serambinews.com", "aceh.tribunnews.com"},
		siteNames: []string{"Serambinews.com", "Serambi Indonesia"}, datelines: []string{"SERAMBINEWS.COM"},
		title: []string{"h1#arttitle"}, date: []string{"div.grey.bdr3 time"},
		author: []string{"div#penulis"}, editor: []string{"div#editor"},
		body: []string{"div.txt-article", "div.side-article.txt-article"}, related: []string{"p.baca"},
		layerAuthor: []string{"penulis"}, layerEditor: []string{"editor"}, layerDate: []string{"publish_date"},
		ldAuthorIsEditor: true,
	},
	{
		name: "detikNews", hosts: []string{"detik.com"},
		siteNames: []string{"detikNews", "detiknews", "detikcom", "detik.com"}, datelines: []string{"detikcom", "detikNews"},
		// 2019–2026: h1.detail__title; 2015: h1 of div.jdl.
		title:  []string{"h1.detail__title", "div.jdl h1", "h1.l_blue2_detik"},
		date:   []string{"div.detail__date", "div.jdl div.date", "div.date"},
		author: []string{"div.detail__author", "div.jdl div.author", "div.author"},
		body:   []string{"div.detail__body-text", "div.text_detail", "div.detail_text", "div#detikdetailtext"},
		noise: []string{"div.paradetail", "div.parallaxindetail", "p.para_caption", "p#para_caption", "p#para_caption2",
			"a.video20detik", "a.embed", "div.detail__body-tag", "div.newstag", "div.skybanner", "table.pic_artikel_sisip_table",
			"div.pic_artikel", "div.pic_artikel_sisip", "div.detail__toc", "div.detail__long-nav", "div.staticdetail_container",
			"div.sisip_embed_sosmed", "div.sisip_video_ds", "div.ads-scrollpage-container", "style"},
		related: []string{"table.linksisip", "div.lihatjg"},
	},
	{
		name: "Liputan6.com", hosts: []string{"liputan6.com"}, siteNames: []string{"Liputan6.com", "liputan6.com"},
		datelines: []string{"Liputan6.com"},
		title:     []string{"h1.read-page--header--title", "h1.read-page--header__title", "h1.article-header__title", "h1.entry-title"},
		date:      []string{"time.read-page--header--author__datetime", "time.read-page--header__datetime", "span.article-header__datetime", "p.datetime"},
		author:    []string{"li.article-credits__item", "li.read-page--credits__role", "li.read-page--credits__item", "div.credits-list li", "span.read-page--header--author__name", "span.read-page--header__author", "a.article-header__author-link"},
		body:      []string{"div.article-content-body", "div.read-page__content-body", "div.text-detail"},
		noise: []string{"div.article-content-body__break", "div.article-photo-gallery--item", "div.seamless-ads",
			"div.article-ad", "span.article-content-body__item-overlay", "div.advertisement-text", "div.article-content-body__item-media"},
		related:     []string{"div.baca-juga", "div.baca-juga-collections"},
		layerAuthor: []string{"authors"}, layerEditor: []string{"editors"},
	},
	{
		name: "CNN Indonesia", hosts: []string{"cnnindonesia.com"}, siteNames: []string{"CNN Indonesia", "cnnindonesia.com"},
		datelines: []string{"CNN Indonesia"},
		title:     []string{"h1"}, date: []string{"div.text-cnn_grey"}, author: []string{"span.text-cnn_red"},
		body:    []string{"div.detail-text", "div#detikdetailtext"},
		noise:   []string{"div.paradetail", "div.para_caption", "div.ads-detail", "div.inline-ad", "div.pagination", "div.detail-img"},
		related: []string{"table.linksisip", "div.linksisip"},
	},
	{
		name: "ANTARA", hosts: []string{"antaranews.com", "antarafoto.com"},
		siteNames: []string{"ANTARA News", "Antara News", "antaranews.com"}, datelines: []string{"ANTARA", "ANTARA News", "Antaranews"},
		title:  []string{"h1[itemprop=headline]", "div.wrap__article-detail-title h1", "h1.title"},
		date:   []string{"div.wrap__article-detail-info"},
		author: []string{"span[itemprop=author]"}, editor: []string{"span[itemprop=editor]"},
		body: []string{"div#content_news", "div.wrap__article-detail-content", "div.post-content"},
		noise: []string{"p.mt10", "p.date", "div.cl", "p.wp-caption-text", "div.wrap__article-detail-image",
			"blockquote"},
		related: []string{"p.baca-juga", "span.baca-juga"},
	},
	{
		name: "Tempo.co", hosts: []string{"tempo.co", "tempo.co.id"}, siteNames: []string{"Tempo.co", "TEMPO.CO", "Tempo"},
		datelines: []string{"TEMPO.CO", "Tempo.co"},
		title:     []string{"div.artikel h1", "div.judul-konten h1", "h1.title"},
		// English 2015: the sidebar (div.kolom-kanan-front) repeats div.tanggal before the article's.
		date:    []string{"div.block-tanggal", "p.date", "div.tanggal"},
		body:    []string{"div.tubuh-berita", "div#isi", "div.detail-in"},
		noise:   []string{"div.kolom-kanan-front", "ul.block-kanal-map", "div.block-tanggal", "div.block-display", "div.deskripsi", "div.share-display", "div.ads-on-body"},
		related: []string{"p.bacajuga"},
	},
	{
		name: "Okezone.com", hosts: []string{"okezone.com"}, siteNames: []string{"Okezone", "okezone.com", "Okezone.com"},
		datelines: []string{"Okezone.com", "Okezone"},
		title:     []string{"div.title h1", "div.titles h1"},
		date:      []string{"time.tgl", "div.namerep b"},
		author:    []string{"div.nmreporter", "div.namerep a"},
		body:      []string{"div#contentx"},
		noise: []string{"div.flying_carpet_div", "div#lastread", "div.detads-bottom", "div.box-gnews", "div.paging", "div.newsterkait",
			"div.detail-tag", "div#metube_div"},
	},
	{
		name: "Republika", hosts: []string{"republika.co.id", "republika.id"}, siteNames: []string{"Republika Online", "Republika", "republika.co.id"},
		datelines: []string{"REPUBLIKA.CO.ID", "Republika.co.id"},
		title:     []string{"div.jdl-detail h1", "div.jdl-detail h2", "h1.jdl-detail", "div.max-card__title h1"},
		// 2015: "Kamis, 05 November 2015, 15:07 WIB" in div.rangka div.date or div.date-detail.
		date:    []string{"div.date-detail", "div.date-artikel", "div.rangka div.date"},
		author:  []string{"div.red", "div.author-artikel"},
		body:    []string{"div.content-detail", "div.txt-detailberita", "div.article-content"},
		noise:   []string{"div.ads-160", "div.ads-mid"},
		related: []string{"div.baca-juga"},
	},
	{
		name: "Merdeka.com", hosts: []string{"merdeka.com"}, siteNames: []string{"Merdeka.com", "merdeka.com"},
		datelines: []string{"Merdeka.com"},
		title:     []string{"div.mdk-news-head h1", "div#mdk-body-news h1", "h1.article-title"},
		date:      []string{"div.mdk-date-reporter", "div#mdk-body-news-reporter", "span.article-date"},
		author:    []string{"div.mdk-date-reporter", "div#mdk-body-news-reporter", "div.article-reporter"},
		editor:    []string{"div.article-editor"},
		body:      []string{"div.mdk-body-paragraph", "div#mdk-body-newsarea", "div.article-content"},
		noise: []string{"div.imagecontent", "div.imageinfo", "div.box_shortcut", "div#mdk-body-newsinit",
			"div.page-number", "blockquote.instagram-media", "div#gplus_recommendation", "div.kskdDiv"},
		related:     []string{"p.dont-display"},
		layerEditor: []string{"editors"},
	},
	{
		name: "Suara.com", hosts: []string{"suara.com", "suarajogja.id", "suarabogor.id", "suarajabar.id", "suarasumbar.id",
			"suarasulsel.id", "suarabali.id", "suarabatam.id", "suaralampung.id", "suarasumsel.id", "suarariau.id",
			"suarajakarta.id", "suaramalang.id"},
		siteNames: []string{"Suara.com", "suara.com"}, datelines: []string{"Suara.com"},
		title: []string{"div.detail-title h1"}, date: []string{"time.date-article"},
		author: []string{"div.writer"}, editor: []string{"div.editor"},
		body:        []string{"article.detail-content", "div.detail-content"},
		noise:       []string{"div.ads-center", "div.parallax-ad", "blockquote.instagram-media", "blockquote.twitter-tweet", "div.pagination", "div.tag-detail"},
		related:     []string{"div.baca-juga-new", "div.baca-juga"},
		layerAuthor: []string{"author"}, layerEditor: []string{"editor"}, layerDate: []string{"publish_date"},
	},
	{
		name: "VIVA.co.id", hosts: []string{"viva.co.id"}, siteNames: []string{"VIVA", "VIVA.co.id", "viva.co.id"},
		datelines: []string{"VIVA", "VIVA.co.id"},
		title:     []string{"div.title h1", "h1.main-content-title"},
		date:      []string{"div.date", "div.main-content-date"},
		author:    []string{"div.author", "div.main-content-author"},
		editor:    []string{"div.main-content-editor"},
		body:      []string{"span[itemprop=articleBody]", "div.main-content-detail"},
		noise:     []string{"blockquote.twitter-tweet", "div.sideskycrapper", "aside#sharebox", "div.page-next", "div.ads-content", "div.pagination"},
		related:   []string{"div.baca-juga"},
	},
	{
		name: "Media Indonesia", hosts: []string{"mediaindonesia.com"}, siteNames: []string{"Media Indonesia", "mediaindonesia.com"},
		datelines: []string{"Media Indonesia"},
		title:     []string{"div.post-header h1"}, date: []string{"span.datetime"},
		author: []string{"div.author-2"}, editor: []string{"div.info-author"},
		body:        []string{"div.article"},
		noise:       []string{"div.flying-carpet", "div.dfp-ad", "div.ext-channel", "div.info-author", "div._ap_apex_ad"},
		related:     []string{"p.related-news"},
		layerAuthor: []string{"author"}, layerEditor: []string{"editor"}, layerDate: []string{"published_date"},
		ldAuthorIsEditor: true,
	},
	{
		name: "KapanLagi.com", hosts: []string{"kapanlagi.com"}, siteNames: []string{"KapanLagi.com", "Kapanlagi.com"},
		datelines: []string{"KapanLagi.com"},
		title:     []string{"h1.entertainment-newsdetail-title-new", "h1.headline-detail"},
		date:      []string{"span.newsdetail-schedule-new", "span.date-post", "div.date-post"},
		author:    []string{"div.col-dt-author"},
		body:      []string{"div.entertainment-detail-news", "div.body-paragraph"},
		noise:     []string{"div.entertainment-newsdetail-image-caption", "div.lifestyle-in-content", "div.video-watch", "div.copyright"},
		related:   []string{"div.baca-juga"},
	},
	{
		name: "The Jakarta Post", hosts: []string{"thejakartapost.com", "jakpost.net"}, siteNames: []string{"The Jakarta Post"},
		datelines: []string{"The Jakarta Post"},
		title:     []string{"div.story h1", "h1.tjp-title"},
		// 2015: "Agence France-Presse, Washington | World | Fri, June 19 2015, 7:36 AM".
		date:   []string{"div.byline", "div.tjp-meta__date"},
		author: []string{"div.byline", "div.tjp-meta__label"},
		body:   []string{"div.span-13", "div.tjp-single__content", "div.detailNews"},
		noise:  []string{"span.st_fblike_large", "span.stButton", "div.tjp-newsletter-box", "div.tjp-ads"},
	},
	{name: "Bisnis.com", hosts: []string{"bisnis.com"}, siteNames: []string{"Bisnis.com", "bisnis.com"}, datelines: []string{"Bisnis.com"}},
}

// byHost returns the row of the outlet serving host, or nil.
func (t table) byHost(host string) *site {
	host = strings.ToLower(host)
	// The host itself, then each parent domain: the longest match wins.
	for {
		for _, s := range t {
			for _, h := range s.hosts {
				if h == host {
					return s
				}
			}
		}
		dot := strings.IndexByte(host, '.')
		if dot < 0 {
			return nil
		}
		host = host[dot+1:]
	}
}

// byURL returns the row of the outlet serving the page at u, or nil.
func (t table) byURL(u string) *site {
	if u == "" {
		return nil
	}
	pu, err := url.Parse(u)
	if err != nil {
		return nil
	}
	return t.byHost(pu.Hostname())
}

// byName returns the row of the outlet named name in a dateline,
// sign-off or og:site_name, or nil.
func (t table) byName(name string) *site {
	if name == "" {
		return nil
	}
	if s := t.byNameOnly(name); s != nil {
		return s
	}
	// An outlet that prints its domain as its name (Tribun's regional
	// papers: TRIBUNJATENG.COM, TRIBUN-MEDAN.COM) is found by its host.
	return t.byHost(name)
}

// byNameOnly returns the first row of t with a dateline or site name equal
// to name ignoring case, or nil. When t is sites, an ASCII name is looked
// up in its index; any other name is compared with every row's names.
func (t table) byNameOnly(name string) *site {
	if len(t) == len(sites) && len(t) > 0 && &t[0] == &sites[0] && sitesByName != nil && asciiRun(name) == len(name) {
		return lookupLower(sitesByName, name)
	}
	for _, s := range t {
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
	return nil
}

// sitesByName maps the dateline and site names of sites, in ASCII lower
// case, to the first row that holds each, the row byNameOnly's loop finds.
// Two ASCII strings are equal ignoring case exactly when their ASCII lower
// cases are equal, so the index answers for an ASCII name as the loop over
// the rows does; it is nil if a name in the table is not ASCII.
var sitesByName = func() map[string]*site {
	m := map[string]*site{}
	for _, s := range sites {
		for _, names := range [][]string{s.datelines, s.siteNames} {
			for _, n := range names {
				if asciiRun(n) != len(n) {
					return nil
				}
				low := strings.ToLower(n)
				if _, ok := m[low]; !ok {
					m[low] = s
				}
			}
		}
	}
	return m
}()

// outletName names the outlet of a page of this site. Tribun's regional
// papers share its hosts and markup but are outlets of their own: og:site_name
// "Tribun Solo" or "TribunSolo.com" names TribunSolo.com.
func (s *site) outletName(siteName string) string {
	if s.name != "Tribunnews.com" || siteName == "" {
		return s.name
	}
	n := strings.ReplaceAll(strings.TrimSpace(siteName), " ", "")
	if !strings.HasPrefix(strings.ToLower(n), "tribun") || strings.EqualFold(n, "Tribunnews.com") || strings.EqualFold(n, "Tribunnews") {
		return s.name
	}
	if !strings.Contains(n, ".") {
		n += ".com"
	}
	return "Tribun" + n[len("tribun"):]
}
