package berita

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// creditPage builds a page of an unknown outlet: head, then before, the
// headline, the body, then after.
func creditPage(head, before, after string) string {
	return `<html><head><title>Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan</title>` + head + `</head><body>
<div class="menu"><a href="/">Beranda</a></div>` + before + `
<h1>Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan</h1>
<div class="tanggal">Rabu, 12 Juni 2024 10:15 WIB</div>
<div class="isi-berita">
<p>Ratusan warga Desa Sukamaju bergotong royong memperbaiki jembatan gantung yang rusak diterjang banjir pekan lalu, Rabu pagi.</p>
<p>Kepala desa mengatakan perbaikan dilakukan dengan dana swadaya, karena bantuan dari pemerintah kabupaten belum juga turun sampai sekarang.</p>
<p>Jembatan sepanjang empat puluh meter itu menjadi satu-satunya akses anak-anak menuju sekolah di seberang sungai, sehingga warga berharap pekerjaan selesai dalam sepekan.</p>
</div>` + after + `
<div class="sidebar"><ul><li><a href="/a">Berita lain yang ramai dibaca pembaca hari ini</a> <span class="author">Penulis: Siapa Saja</span></li></ul></div>
</body></html>`
}

// TestCreditMarkup checks credits in the markups outlets print them in,
// on the generic path: label–value lines outside the body, credits boxes,
// data layers, and what is never a credit.
func TestCreditMarkup(t *testing.T) {
	tests := []struct {
		name             string
		head, pre, post  string
		authors, editors []string
	}{
		{name: "table cells after the body",
			post:    `<div class="copy"><table><tr><td>Penulis</td><td>: Kontributor Garut, Dedi Kurnia</td></tr><tr><td>Editor</td><td>: Sari Lestari</td></tr></table></div>`,
			authors: []string{"Kontributor Garut, Dedi Kurnia"}, editors: []string{"Sari Lestari"}},
		{name: "definition list after the body",
			post:    `<dl><dt>Reporter</dt><dd>Dedi Kurnia</dd><dt>Redaktur</dt><dd>Sari Lestari</dd></dl>`,
			authors: []string{"Dedi Kurnia"}, editors: []string{"Sari Lestari"}},
		{name: "abbreviated labels under the headline",
			pre:     `<div class="wrap"><div class="x">Rep: C45/ Red: Sari Lestari</div></div>`,
			authors: []string{"C45"}, editors: []string{"Sari Lestari"}},
		{name: "label lines in divs",
			post:    `<div class="f11"><div>Penulis: Dedi Kurnia</div><div>Editor: Sari Lestari</div></div>`,
			authors: []string{"Dedi Kurnia"}, editors: []string{"Sari Lestari"}},
		{name: "a bare label's next block is no value unless it is a cell or says ':'",
			post: `<div class="x"><div>Penulis</div><div>Lorem Ipsum Dolor</div></div>`},
		{name: "credits box: role items, then names",
			post: `<div class="credits"><ul><li>Author</li><li><a href="/u/d"><img class="photo" src="a.jpg"><span>Dedi Kurnia</span></a></li>
<li><span>Yuni Astuti</span></li><li>Editor</li><li><span>Sari Lestari</span></li></ul><div class="toggle">Credits (3)</div></div>`,
			authors: []string{"Dedi Kurnia", "Yuni Astuti"}, editors: []string{"Sari Lestari"}},
		{name: "credits box: name and role in each item",
			post: `<div class="article-credits"><h4>Kredit</h4><ul><li><div>Dedi Kurnia</div><div>Author</div></li>
<li><div>Sari Lestari</div><div>Editor</div></li></ul></div>`,
			authors: []string{"Dedi Kurnia"}, editors: []string{"Sari Lestari"}},
		{name: "credits box without items counts by its labels only",
			post: `<div class="credit-title"><div>Dedi Kurnia,</div><div>Sari Lestari</div><p>Tim Redaksi</p></div>`},
		{name: "a picture's credit is not a byline",
			pre: `<div class="foto-utama"><img src="big.jpg"><span class="author">ANTARA/Budi Santoso</span> Warga memperbaiki jembatan.</div>
<div class="wrap"><img src="big2.jpg"><span class="author">dok. Warga</span></div>`},
		{name: "a wrapper named for pictures may hold the byline; a caption may not",
			pre: `<div class="js-photo-tag"><div class="article-header"><span class="article-header__authors">Oleh <a href="/me/dedi">Dedi Kurnia</a></span></div></div>
<div class="image-caption"><span class="author">Yuni Astuti</span></div>`,
			authors: []string{"Dedi Kurnia"}},
		{name: "a header's lead picture after the headline makes no picture box",
			pre:     `<div class="head"><h2 class="kicker">Daerah</h2><img src="lead.jpg"><div class="author">Dedi Kurnia</div></div>`,
			authors: []string{"Dedi Kurnia"}},
		{name: "a picture wrapped in its link is a picture box",
			pre: `<div class="box"><a href="/f.jpg"><img src="lead.jpg"></a><span class="author">ANTARA/Budi Santoso</span></div>`},
		{name: "a byline in a share bar counts; the bar does not",
			pre:     `<div class="author-and-share"><div class="author"><div>Dedi Kurnia</div><span>Jurnalis</span></div><div class="sosmed">Share on Facebook Share on Twitter</div></div>`,
			authors: []string{"Dedi Kurnia"}},
		{name: "a byline named in Indonesian in a share bar: name, then role",
			pre:     `<div class="detail-share"><div class="wartawan"><div>Dedi Kurnia</div><span>Jurnalis</span></div><div class="sosmed">Share</div></div>`,
			authors: []string{"Dedi Kurnia"}},
		{name: "a link to the writer's page under the headline",
			pre:     `<div class="meta"><a href="/penulis/dedi-kurnia">Dedi Kurnia</a> <a href="/editor/sari">Sari Lestari</a></div>`,
			authors: []string{"Dedi Kurnia"}, editors: []string{"Sari Lestari"}},
		{name: "the label before a writer's link names its role",
			pre: `<div class="x"><p>Penulis <a href="/penulis/dedi">Dedi Kurnia</a></p><p>Editor <a href="/penulis/sari">Sari Lestari</a></p>
<p>Fotografer <a href="/penulis/yuni">Yuni Astuti</a></p></div>`,
			authors: []string{"Dedi Kurnia"}, editors: []string{"Sari Lestari"}},
		{name: "rel=author",
			post:    `<p class="x">Ditulis oleh <a rel="author" href="/u/12">Dedi Kurnia</a></p>`,
			authors: []string{"Dedi Kurnia"}},
		{name: "a writer's link yields to a byline",
			pre:     `<div class="meta"><a href="/author/joko">Joko Susilo</a></div><div class="penulis">Dedi Kurnia</div>`,
			authors: []string{"Dedi Kurnia"}},
		{name: "writers' links far from the body are other articles'",
			post: `<div class="x">` + strings.Repeat(`<p>Teks lain di bawah.</p>`, 60) + `<a href="/author/joko">Joko Susilo</a></div>`},
		{name: "microdata and the author element",
			pre:     `<div class="x"><span itemprop="author">Dedi Kurnia</span> <span itemprop="editor">Sari Lestari</span></div><author>Yuni Astuti</author>`,
			authors: []string{"Dedi Kurnia", "Yuni Astuti"}, editors: []string{"Sari Lestari"}},
		{name: "the editors' picks are other articles",
			post: `<div class="editor-choices"><h4>Topik Pilihan</h4><ul><li><a href="/t">Banjir Bandang</a></li></ul></div>`},
		{name: "byline with the date glued after the name",
			pre:     `<div class="byline-name"><span class="author">Dedi Kurnia 12 Jun 2024, 10:15 WIB</span></div>`,
			authors: []string{"Dedi Kurnia"}},
		{name: "byline with the outlet after a comma",
			head:    `<meta property="og:site_name" content="Warta Desa">`,
			pre:     `<div class="reporter"><a href="/p/d">Dedi Kurnia</a>, <span>Warta Desa</span> · <b>Rabu 12 Juni 2024 10:15 WIB</b></div>`,
			authors: []string{"Dedi Kurnia"}},
		{name: "data layer credits",
			head: `<script>window.kly = {}; window.kly.gtm = {"editors":"Sari Lestari","reporters":"Dedi Kurnia."};</script>
<script>dataLayer.push({'author'	:'Joko Susilo', 'editor'	:'ikh'});</script>`,
			authors: []string{"Dedi Kurnia"}, editors: []string{"Sari Lestari"}},
		{name: "JSON-LD author the page shows as its editor is not the writer",
			head: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan","author":{"@type":"Person","name":"Sari Lestari"}}</script>`,
			post: `<div class="f12"><div id="editor">Editor: Sari Lestari</div></div>`, editors: []string{"Sari Lestari"}},
		{name: "credit lines far from the body are another article's",
			post: `<div class="x">` + strings.Repeat(`<p>Teks lain di bawah.</p>`, 60) + `<div>Penulis: Dedi Kurnia</div></div>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseGeneric(t, &Parser{}, creditPage(tt.head, tt.pre, tt.post))
			assert.Equal(t, tt.authors, a.Authors, "authors")
			assert.Equal(t, tt.editors, a.Editors, "editors")
		})
	}
}

func TestCreditLabelled(t *testing.T) {
	tests := []struct {
		in       string
		bare, ok bool
	}{
		{"Penulis: Dedi Kurnia", false, true},
		{"Redaktur : Sari", false, true},
		{"Red: Sari", false, true},
		{"Penulis", true, true},
		{"Editor :", true, true},
		{"Red", false, false}, // an abbreviation alone is a word, not a label
		{"Oleh Dedi Kurnia", false, true},
		{"Editor senior itu berkata", false, false},
		{"Penulisan laporan", false, false},
		{"Redaksi", false, false},
		{"Pewartaan: x", false, false},
	}
	for _, tt := range tests {
		bare, ok := creditLabelled([]byte(tt.in))
		if bare != tt.bare || ok != tt.ok {
			t.Errorf("creditLabelled(%q) = %v, %v, want %v, %v", tt.in, bare, ok, tt.bare, tt.ok)
		}
	}
}

func TestPlausibleName(t *testing.T) {
	for in, want := range map[string]bool{
		"Dedi Kurnia":                    true,
		"C31":                            true,
		"prwir":                          true,
		"Kontributor Garut, Dedi Kurnia": true,
		"Rizka Nur Laily M":              true,
		"Tim Redaksi":                    true,
		"Agustus Sani":                   true,
		"Senin":                          false,
		"Juni 2024":                      false,
		"12 Juni 2024":                   false,
		"Dedi Kurnia 12 Jun 2024":        false,
		"10:15 WIB":                      false,
		"2024":                           false,
		"Halaman 2":                      false,
		"Selanjutnya":                    false,
		"Laporan Keuangan Tahunan":       false,
		"dok. Warga":                     false,
		"Foto: Dedi":                     false,
		"Apa kata dia?":                  false,
		"Ratusan warga desa bergotong royong memperbaiki jembatan yang rusak": false,
	} {
		if got := plausibleName(in); got != want {
			t.Errorf("plausibleName(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestCapsSignOff checks the closing line in capitals: the writer's name
// after the last sentence, not an acronym, a numbered scale or a list item.
func TestCapsSignOff(t *testing.T) {
	body := "Ratusan warga Desa Sukamaju bergotong royong memperbaiki jembatan gantung yang rusak diterjang banjir pekan lalu.\n\n" +
		"Kepala desa mengatakan perbaikan dilakukan dengan dana swadaya karena bantuan pemerintah belum turun.\n\n"
	for _, tt := range []struct {
		last    string
		authors []string
	}{
		{"DEDI KURNIA", []string{"DEDI KURNIA"}},
		{"VVIP", nil},
		{"IV MMI", nil},
	} {
		a, err := ParseText(body + tt.last)
		require.NoError(t, err)
		assert.Equal(t, tt.authors, a.Authors, tt.last)
	}
	a, err := ParseText(body + "Harga tiket sebagai berikut:\n\nFESTIVAL GRAND")
	require.NoError(t, err)
	assert.Empty(t, a.Authors, "a list item after a colon")
}

// TestCreditCellsInBody checks a credits table inside the body: the label
// cell, then the value cell after a colon.
func TestCreditCellsInBody(t *testing.T) {
	page := creditPage("", "", "")
	page = strings.Replace(page, "</p>\n</div>", "</p>\n<table><tr><td>Penulis</td><td>: Dedi Kurnia</td></tr></table>\n</div>", 1)
	a := parseGeneric(t, &Parser{}, page)
	assert.Equal(t, []string{"Dedi Kurnia"}, a.Authors)
	for _, p := range a.Paragraphs {
		assert.NotContains(t, p.Text, "Dedi Kurnia")
	}
}

// TestIndexAnchored checks the data-layer search: it finds a word wherever
// strings.Index does, searching from the word's anchor.
func TestIndexAnchored(t *testing.T) {
	scripts := []string{
		`window.dataLayer = window.dataLayer || [];`,
		`var xdataLayerx = 1; var Layer = 2;`,
		`var Layer = 1; data.Layer = 2;`,
		`var vars = {"content_author": "Rina"};`,
		`var content = 1; a_b = content;`,
		`content_`,
		`_content_x`,
		``,
		`penulis`,
		`window.kly = {}; kmklabs.article = {};`,
		`{"author":"A","editor":"B","publish_date":"2024-01-02"}`,
	}
	words := append(append([]string(nil), dataLayerMarkers...), "author", "editor", "publish_date", "content_PublishedDate")
	for _, s := range scripts {
		for _, w := range words {
			assert.Equal(t, strings.Index(s, w), indexAnchored([]byte(s), w), "%q in %q", w, s)
		}
	}
	assert.Equal(t, 4, anchorOf("dataLayer"))
	assert.Equal(t, 7, anchorOf("content_"))
	assert.Equal(t, 0, anchorOf("kly"))
}
