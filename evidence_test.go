package berita

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// evidencePage builds a page of an unknown outlet: head is added to the
// head, body is the body. The title is the body's h1 (when it is text)
// and the outlet's name.
func evidencePage(head, body string) string {
	title := "Kabar Nusantara"
	if _, h1, ok := strings.Cut(body, "<h1>"); ok {
		if h1, _, _ = strings.Cut(h1, "</h1>"); !strings.Contains(h1, "<") {
			title = h1 + " - " + title // a headline; an h1 of links is an index's
		}
	}
	return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>` + title + `</title>` + head +
		`</head><body><div class="top-nav"><a href="/">Beranda</a> <a href="/daerah">Daerah</a></div>` + body +
		`<div class="footer">Hak cipta Kabar Nusantara</div></body></html>`
}

const articleHead = `<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-02T10:15:00+08:00">`

// teasers returns n teasers of an index: a section label, a linked
// headline (with a thumbnail), and each extra line given.
func teasers(n int, extra ...string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `<div class="item"><a class="label" href="/daerah">Daerah</a>
<h2><a href="/daerah/%d/warga-desa-%d-gotong-royong"><img src="/t/%d.jpg">Warga Desa Nomor %d Gotong Royong Bangun Jembatan Gantung</a></h2>`, i, i, i, i)
		for _, e := range extra {
			b.WriteString(e)
		}
		b.WriteString("</div>\n")
	}
	return b.String()
}

const summary = `<p>Ratusan warga bergotong royong membangun jembatan gantung yang menghubungkan dua dusun di tepi sungai, setelah jembatan lama hanyut diterjang banjir.</p>`

// TestIndexPages checks index pages of several shapes: each is not an
// article, with the outlet table and without it.
func TestIndexPages(t *testing.T) {
	pages := map[string]string{
		// A homepage that calls itself an article: headline, summary, label.
		"summaries, og:type article": evidencePage(`<meta property="og:type" content="article">`,
			`<h1 class="logo">Kabar Nusantara</h1><div class="main">`+teasers(12, summary)+`</div>`),
		// Every teaser an h1, dated "menit yang lalu".
		"h1 teasers with relative dates": evidencePage(`<meta property="og:type" content="article">`,
			`<div class="main">`+strings.ReplaceAll(teasers(20, `<p>PERISTIWA 46 Menit yang lalu</p>`), "h2", "h1")+`</div>`),
		// A section front in a list, which says it is a website.
		"website list": evidencePage(`<meta property="og:type" content="website"><script type="application/ld+json">{"@type":"WebSite","name":"Kabar"}</script>`,
			`<ul class="list">`+strings.ReplaceAll(strings.ReplaceAll(teasers(15), "<div", "<li"), "</div>", "</li>")+`</ul>`),
		// A homepage whose metadata gives a publication time and whose
		// sidebar dates the page "5 menit lalu".
		"dated metadata, summaries": evidencePage(articleHead,
			`<span class="date">5 menit lalu</span><div class="main">`+teasers(10, summary, `<span>Senin, 2 Maret 2026 09:00 WIB</span>`)+`</div>`),
		// Cards whose headlines are not links (the photo is), each dated.
		"dated cards": evidencePage(`<meta property="og:type" content="article">`,
			`<div class="main">`+strings.Repeat(`<div class="card"><a href="/daerah/1"><img src="/t.jpg"></a><h3>Warga Desa Gotong Royong Bangun Jembatan Gantung</h3><p>Ratusan warga bergotong royong membangun jembatan gantung di tepi sungai.</p><span class="time">5 menit lalu</span></div>`, 12)+`</div>`),
		// A homepage whose cards are h1s, where the scorer prefers the
		// featured story's summary.
		"h1 cards, a featured summary": evidencePage(`<meta property="og:type" content="article">`,
			`<div class="featured"><h1><a href="/a">Warga Desa Gotong Royong Bangun Jembatan</a></h1><div class="text">`+strings.Repeat(summary, 4)+`</div></div>`+
				`<div class="cards">`+strings.Repeat(`<h1><a href="/b">Harga Cabai di Pasar Induk Turun Tajam</a></h1><h1><a href="/c">Sekolah Rusak Diperbaiki Sebelum Tahun Ajaran Baru</a></h1>`, 2)+`</div>`),
		// A tag page: headlines and dates only.
		"headlines and dates": evidencePage("",
			`<h1>Tag: Jembatan</h1><div class="content">`+teasers(8, `<p>2 Maret 2026</p>`)+`</div>`),
	}
	for name, page := range pages {
		for _, generic := range []bool{false, true} {
			_, err := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(page))
			assert.ErrorIs(t, err, ErrNotArticle, "%s (generic %v)", name, generic)
		}
	}
}

// TestShortArticles checks short pages with one dated headline: each is an
// article, however little text it has.
func TestShortArticles(t *testing.T) {
	report := `<p>Pemerintah kabupaten membagikan bibit mangrove kepada kelompok nelayan di pesisir selatan pada Senin pagi.</p>
<p>Penanaman dilakukan bersama pelajar dan relawan lingkungan di tiga desa.</p>
<p>"Kami ingin pantai kembali hijau," kata kepala dinas lingkungan hidup.</p>`
	cases := []struct {
		name, page, first string
	}{
		{"regional report", evidencePage(articleHead, `<h1>Bibit Mangrove untuk Nelayan Pesisir</h1><div class="entry-content">`+report+`</div>`),
			"Pemerintah kabupaten membagikan bibit mangrove kepada kelompok nelayan di pesisir selatan pada Senin pagi."},
		{"video with a playlist below", evidencePage(articleHead, `<h1>VIDEO: Nelayan Menanam Mangrove</h1><div class="content">
<p>Nelayan dan pelajar menanam ribuan bibit mangrove di pesisir selatan pada Senin pagi.</p>
<p>Penanaman ini bagian dari program pemulihan pantai yang rusak oleh abrasi.</p>
`+teasers(8)+`</div>`), "Nelayan dan pelajar menanam ribuan bibit mangrove di pesisir selatan pada Senin pagi."},
		{"article with a list of links after it", evidencePage(articleHead, `<h1>Bibit Mangrove untuk Nelayan Pesisir</h1><div class="content">`+
			strings.Repeat(report, 3)+teasers(6)+`</div>`),
			"Pemerintah kabupaten membagikan bibit mangrove kepada kelompok nelayan di pesisir selatan pada Senin pagi."},
		{"no metadata, a visible date", evidencePage("", `<h1>Bibit Mangrove untuk Nelayan Pesisir</h1><span class="date">Senin, 2 Maret 2026 10:15 WIB</span><div class="entry-content">`+report+`</div>`),
			"Pemerintah kabupaten membagikan bibit mangrove kepada kelompok nelayan di pesisir selatan pada Senin pagi."},
		// WordPress themes name the text's box for the ads beside it.
		{"text in a box named for ads too", evidencePage(articleHead, `<h1>Bibit Mangrove untuk Nelayan Pesisir</h1>
<div class="entry-content"><div class="share-margin-ads"><div class="ads-vertical">IKLAN</div></div><div class="entry-content-inner margin-ads">`+report+`</div></div>`),
			"Pemerintah kabupaten membagikan bibit mangrove kepada kelompok nelayan di pesisir selatan pada Senin pagi."},
	}
	// A live page: dated updates, each heading a permalink to itself.
	var live strings.Builder
	for i := range 8 {
		fmt.Fprintf(&live, `<div class="update"><h3><a href="https://kabar.example/live/banjir#u%d">%02d:15 WIB Tim SAR menyisir desa nomor %d</a></h3><p>Tim gabungan mengevakuasi warga lanjut usia dengan perahu karet.</p></div>`, i, 10+i, i)
	}
	cases = append(cases, struct{ name, page, first string }{"live page", evidencePage(articleHead+`<link rel="canonical" href="https://kabar.example/live/banjir">`,
		`<h1>LIVE: Banjir Rendam Permukiman Warga</h1><div class="live-content">`+live.String()+`</div>`), "10:15 WIB Tim SAR menyisir desa nomor 0"})
	for _, c := range cases {
		for _, generic := range []bool{false, true} {
			a, err := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(c.page))
			require.NoError(t, err, c.name)
			require.NotEmpty(t, a.Paragraphs, c.name)
			assert.Equal(t, c.first, a.Paragraphs[0].Text, c.name)
			for _, p := range a.Paragraphs {
				assert.NotContains(t, p.Text, "IKLAN", c.name)
			}
		}
	}
}

// TestShortWithoutEvidence checks that a short text nothing dates or calls
// an article is not one.
func TestShortWithoutEvidence(t *testing.T) {
	// A homepage that calls itself an article, dated, with its logo in the
	// h1 and one featured summary.
	home := strings.Replace(evidencePage(articleHead+`<meta property="og:site_name" content="Kabar Nusantara">`, `<h1 class="logo">Kabar Nusantara</h1><div class="featured">`+summary+`</div>`),
		"<title>Kabar Nusantara</title>", "<title>Kabar Nusantara: Berita Terkini Hari Ini</title>", 1)
	_, err := ParseHTML(strings.NewReader(home))
	assert.ErrorIs(t, err, ErrNotArticle)
	page := evidencePage(`<meta property="og:type" content="article">`, `<h1>Bibit Mangrove</h1><div class="content"><p>Nelayan dan pelajar menanam ribuan bibit mangrove di pesisir selatan.</p></div>`)
	_, err = ParseHTML(strings.NewReader(page))
	assert.ErrorIs(t, err, ErrNotArticle)
	// The headline alone is no body, dated or not.
	page = evidencePage(articleHead, `<h1>Bibit Mangrove untuk Nelayan Pesisir di Selatan</h1><div class="content"><p>Bibit Mangrove untuk Nelayan Pesisir di Selatan</p><p>Redaksi, 2 Maret 2026</p></div>`)
	_, err = ParseHTML(strings.NewReader(page))
	assert.ErrorIs(t, err, ErrNotArticle)
}

// TestVerdict checks the weighing itself, one row per kind of evidence.
func TestVerdict(t *testing.T) {
	dated := evidence{says: 1, dated: true, headline: true, h1s: 1}
	with := func(e evidence, f func(*evidence)) evidence { f(&e); return e }
	one := func(text int) items { return items{lead: text, run: text} } // no item
	cases := []struct {
		name string
		e    evidence
		ok   bool
	}{
		{"no text", with(dated, func(e *evidence) {}), false},
		{"dated headline, two lines", with(dated, func(e *evidence) {
			e.kept, e.text, e.prose, e.teasers, e.dates = 2, 150, 150, one(150), one(150)
		}), true},
		{"dated headline, only the byline", with(dated, func(e *evidence) { e.kept, e.text, e.teasers, e.dates = 2, 150, one(150), one(150) }), false},
		{"several headlines", with(dated, func(e *evidence) {
			e.h1s = 4
			e.kept, e.text, e.prose, e.teasers, e.dates = 2, 150, 150, one(150), one(150)
		}), false},
		{"undated, long", evidence{kept: 6, text: 1500, prose: 1500, teasers: one(1500), dates: one(1500)}, true},
		{"undated, short", evidence{kept: 2, text: 300, prose: 300, teasers: one(300), dates: one(300)}, false},
		{"teasers", evidence{says: 1, kept: 30, text: 1500, prose: 1500, teasers: items{n: 12, lead: 20, run: 160}, dates: one(1500)}, false},
		{"teasers, dated page", with(dated, func(e *evidence) {
			e.kept, e.text, e.prose, e.teasers, e.dates = 30, 1500, 1500, items{n: 12, lead: 20, run: 160}, one(1500)
		}), false},
		{"description, then a playlist", with(dated, func(e *evidence) {
			e.kept, e.text, e.prose, e.teasers, e.dates = 12, 200, 200, items{n: 10, lead: 180, run: 180}, one(200)
		}), true},
		{"article, then links", evidence{kept: 20, text: 3000, prose: 3000, teasers: items{n: 6, lead: 3000, run: 3000}, dates: one(3000)}, true},
		{"dated cards, no headline of its own", evidence{says: 1, kept: 40, text: 2000, prose: 1500, teasers: one(2000), dates: items{n: 12, lead: 60, run: 170}}, false},
		{"live page: dated updates under its headline", with(dated, func(e *evidence) {
			e.kept, e.text, e.prose, e.teasers, e.dates = 24, 2000, 1500, one(2000), items{n: 12, lead: 0, run: 170}
		}), true},
		{"nothing said, a dated headline", evidence{dated: true, headline: true, h1s: 1, kept: 3, text: 250, prose: 250, teasers: one(250), dates: one(250)}, true},
		{"nothing said, no date", evidence{headline: true, h1s: 1, kept: 3, text: 250, prose: 250, teasers: one(250), dates: one(250)}, false},
		{"several headlines, none its own", evidence{says: 1, h1s: 5, kept: 6, text: 900, prose: 900, teasers: one(900), dates: one(900)}, false},
		{"website, undated", evidence{says: -1, kept: 8, text: 900, prose: 900, teasers: one(900), dates: one(900)}, false},
		{"plain, a few words", evidence{plain: true, kept: 3, text: 50, prose: 0}, false},
		{"plain, short lines under a headline with running words", evidence{plain: true, headed: true, kept: 12, text: 200, prose: 0}, true},
		{"website, in the outlet's body container", evidence{says: -1, container: true, kept: 8, text: 900, prose: 900, teasers: one(900), dates: one(900)}, true},
	}
	for _, c := range cases {
		ok, why := c.e.verdict()
		assert.Equal(t, c.ok, ok, "%s: %s", c.name, why)
		assert.Equal(t, ok, why == "", "%s: a refusal gives its reason", c.name)
	}
}

// TestHasDate checks the date shapes index teasers carry.
func TestHasDate(t *testing.T) {
	for s, want := range map[string]bool{
		"PERISTIWA 46 Menit yang lalu": true,
		"2 jam lalu":                   true,
		"Senin, 2 Maret 2026 09:00":    true,
		"12/05/2020 10:00":             true,
		"Daerah":                       false,
		"Jembatan Gantung":             false,
		"Maret":                        false,
	} {
		assert.Equal(t, want, hasDate(s), "hasDate(%q)", s)
	}
}
