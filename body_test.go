package berita

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bodyPage wraps an article body in a page of an outlet berita does not
// know, with a headline, a date and a sidebar.
func bodyPage(body string) string {
	return `<!DOCTYPE html><html lang="id"><head><title>Harga Ponsel Baru di Pasar - Contoh News</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-02T10:00:00+07:00"></head><body>
<nav><a href="/">Beranda</a> <a href="/tekno">Tekno</a></nav>
<h1>Harga Ponsel Baru di Pasar Indonesia</h1>
<div class="story-body">` + body + `</div>
<aside class="sidebar"><p>Berita lain yang juga panjang dan tidak termasuk dalam artikel ini sama sekali.</p></aside>
</body></html>`
}

// lead is running text enough for a page to read as an article.
var lead = strings.Repeat(`<p>Ponsel itu dijual mulai pekan depan di toko resmi, dengan harga yang bersaing, kata perwakilan perusahaan kepada wartawan di Jakarta.</p>`, 4)

func paragraphTexts(a *Article) []string {
	var out []string
	for _, p := range a.Paragraphs {
		out = append(out, p.Text)
	}
	return out
}

// TestTableRows: a data table's row is one paragraph, its cells joined by
// " | " and the lines of a cell by a space, the header row too; a layout
// table (a row holding a table, or a cell of running text) is left as its
// paragraphs.
func TestTableRows(t *testing.T) {
	data := `<table><thead><tr><th><strong>Spesifikasi</strong></th><th>Ponsel A</th></tr></thead><tbody>
<tr><td>Layar</td><td>6,5 inci, 120 Hz</td></tr>
<tr><td>Kamera</td><td>Utama 50 MP<br>Ultra-wide 8 MP</td></tr>
<tr><td><p>Harga</p></td><td><p>Rp 3.999.000</p></td></tr>
</tbody></table>`
	long := strings.Repeat("Paragraf panjang dalam sel tata letak yang memuat seluruh badan berita. ", 12)
	layout := `<table><tr><td><p>` + long + `</p><p>` + long + `</p></td><td>Iklan</td></tr></table>`
	nested := `<table><tr><td><table><tr><td>Merek</td><td>Ponsel B</td></tr></table></td><td>Catatan</td></tr></table>`
	for _, generic := range []bool{false, true} {
		a, err := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(bodyPage(lead + data + layout + nested)))
		require.NoError(t, err)
		got := paragraphTexts(a)
		assert.Contains(t, got, "Spesifikasi | Ponsel A")
		assert.Contains(t, got, "Layar | 6,5 inci, 120 Hz")
		assert.Contains(t, got, "Kamera | Utama 50 MP Ultra-wide 8 MP")
		assert.Contains(t, got, "Harga | Rp 3.999.000")
		assert.NotContains(t, got, "Layar")
		// The layout row keeps its paragraphs; the nested table's row is data.
		assert.Contains(t, got, strings.TrimSpace(long))
		assert.Contains(t, got, "Merek | Ponsel B")
		assert.Contains(t, got, "Catatan")
	}
}

// TestInlineNoiseClass: a link inside running text is part of the sentence
// even when its class names a tag page or a widget ("inner-link-tag"); a
// block of such links on its own is noise.
func TestInlineNoiseClass(t *testing.T) {
	body := `<p>Perusahaan memboyong <a class="inner-link-tag" href="/tag/ponsel-a">Ponsel A</a> ke pasar Tanah Air, yakni seri terbaru yang dijual mulai pekan ini.</p>` +
		lead + `<div class="tag-list"><a class="tag" href="/tag/ponsel">Ponsel</a></div>`
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(bodyPage(body)))
	require.NoError(t, err)
	got := paragraphTexts(a)
	assert.Equal(t, "Perusahaan memboyong Ponsel A ke pasar Tanah Air, yakni seri terbaru yang dijual mulai pekan ini.", got[0])
	assert.NotContains(t, got, "Ponsel")
}

// TestWidgetInOutletBody: inside a known outlet's body container, a widget
// its row does not name (an app banner, a subscribe box) is left out by its
// class words, as on the generic path.
func TestWidgetInOutletBody(t *testing.T) {
	page := `<!DOCTYPE html><html lang="id"><head><title>Judul Berita - Kompas.com</title>
<link rel="canonical" href="https://nasional.kompas.com/read/2026/03/02/10000001/judul-berita">
<meta property="article:published_time" content="2026-03-02T10:00:00+07:00"></head><body>
<h1 class="read__title">Judul Berita Tentang Ponsel Baru di Pasar</h1>
<div class="read__content">` + lead + `<div class="banner-show"><div class="banner-title">Berita Terpercaya Tanpa Banyak Iklan</div></div>
<p>Paragraf penutup berita yang cukup panjang untuk dibaca sebagai teks biasa.</p></div></body></html>`
	for _, generic := range []bool{false, true} {
		a, err := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(page))
		require.NoError(t, err)
		got := paragraphTexts(a)
		assert.NotContains(t, got, "Berita Terpercaya Tanpa Banyak Iklan", "generic %v", generic)
		assert.Contains(t, got, "Paragraf penutup berita yang cukup panjang untuk dibaca sebagai teks biasa.", "generic %v", generic)
	}
}

// TestSiblingParts: a body the template splits into sibling containers of
// one kind (later pages hidden, an ad slot between them) is read whole; a
// container of another kind beside them is not body.
func TestSiblingParts(t *testing.T) {
	part := func(n int, hidden string) string {
		return `<div class="page-part` + hidden + `"><h2>Bagian ` + string(rune('0'+n)) + `</h2><div>` +
			strings.Repeat(`<p>Isi bagian `+string(rune('0'+n))+` yang cukup panjang, dengan koma, agar terbaca sebagai teks berita biasa.</p>`, 2) + `</div></div>`
	}
	ad := `<div class="gpt-slot"><script>googletag.display("x");</script></div>`
	first := `<div class="page-part">` + lead + `</div>`
	bio := `<div class="author-box-note"><p>Penulis adalah wartawan yang sudah lama meliput teknologi dan gawai di Jakarta.</p></div>`
	body := first + ad + part(1, " page-part--hidden\" style=\"display:none") + ad + part(2, " page-part--hidden\" style=\"display:none") + bio
	page := strings.Replace(bodyPage(body), `<div class="story-body">`, `<div class="col-main">`, 1)
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	got := paragraphTexts(a)
	assert.Contains(t, got, "Isi bagian 2 yang cukup panjang, dengan koma, agar terbaca sebagai teks berita biasa.")
	assert.Contains(t, got, "Bagian 1")
	assert.NotContains(t, got, "Penulis adalah wartawan yang sudah lama meliput teknologi dan gawai di Jakarta.")
}

// TestSiblingPartsWrapped: the scorer picks the text element inside a
// page's wrapper; the wrappers are what the template repeats, and the
// later pages are read too.
func TestSiblingPartsWrapped(t *testing.T) {
	part := func(n int, paras int) string {
		d := string(rune('0' + n))
		return `<div class="page-wrap page-wrap--` + d + `"><h2>Bagian ` + d + `</h2><div class="page-text">` +
			strings.Repeat(`<p>Isi bagian `+d+` yang cukup panjang, dengan koma, agar terbaca sebagai teks berita biasa.</p>`, paras) +
			`</div><div class="page-index">` + d + ` dari 3 halaman</div></div>`
	}
	ad := `<div class="ads-slot"></div>`
	page := strings.Replace(bodyPage(part(1, 6)+ad+part(2, 2)+ad+part(3, 2)), `<div class="story-body">`, `<div class="col-main">`, 1)
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	got := paragraphTexts(a)
	assert.Contains(t, got, "Isi bagian 3 yang cukup panjang, dengan koma, agar terbaca sebagai teks berita biasa.")
	assert.Contains(t, got, "Bagian 2")
	assert.NotContains(t, got, "2 dari 3 halaman")
}

// TestEmbeddedPosts: a social network's embedded post (Instagram, X,
// TikTok) is another's words shown beside the story, not its text.
func TestEmbeddedPosts(t *testing.T) {
	embeds := `<blockquote class="instagram-media"><p><a href="https://www.instagram.com/p/x/">What a game!!! The king is back #legend</a></p>
<p>A video posted by Pemain (@pemain) on <time datetime="2026-03-01T12:47:06+00:00">Mar 1, 2026</time></p></blockquote>
<blockquote class="twitter-tweet"><p lang="id">Perkembangan terbaru hari ini di dunia, pukul 08.00 WIB. #Kabar</p>— Kementerian (@kementerian) <a href="https://twitter.com/x/status/1">March 1, 2026</a></blockquote>`
	for _, generic := range []bool{false, true} {
		page := strings.Replace(bodyPage(lead+embeds), `<div class="story-body">`, `<div class="read__content">`, 1)
		page = strings.Replace(page, `<head>`, `<head><link rel="canonical" href="https://nasional.kompas.com/read/2026/03/02/1/judul">`, 1)
		a, err := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(page))
		require.NoError(t, err)
		for _, p := range a.Paragraphs {
			assert.NotContains(t, p.Text, "#", "generic %v", generic)
			assert.NotContains(t, p.Text, "posted by", "generic %v", generic)
		}
	}
}

// TestLinkListBox: in a body, a list whose every item is one link to a
// headline is a box of related links, its short label left out; a list of
// text items stays body, one paragraph per item, and a related slot
// promoting another site is neither body nor related.
func TestLinkListBox(t *testing.T) {
	box := `<div class="pick-box"><div class="pick-title">Pilihan Redaksi</div><ul>
<li><a href="https://www.contoh.co.id/read/1/harga-cabai-naik-lagi">Harga Cabai Naik Lagi Jelang Lebaran</a></li>
<li><a href="https://www.contoh.co.id/read/2/banjir-rendam-kampung">Banjir Rendam Tiga Kampung di Pesisir</a></li></ul></div>`
	items := `<ul><li>Bawang putih dua siung</li><li>Garam secukupnya</li></ul>`
	promo := `<p>Lihat juga: <a href="https://radio.lain.com/podcast/1">Podcast Komedi Tahun Baru</a></p>`
	page := strings.Replace(bodyPage(lead+box+items+promo), `<head>`, `<head><link rel="canonical" href="https://www.contoh.co.id/read/3/harga-ponsel">`, 1)
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	got := paragraphTexts(a)
	var titles []string
	for _, l := range a.Related {
		titles = append(titles, l.Title)
	}
	assert.Equal(t, []string{"Harga Cabai Naik Lagi Jelang Lebaran", "Banjir Rendam Tiga Kampung di Pesisir"}, titles)
	assert.NotContains(t, got, "Pilihan Redaksi")
	assert.Contains(t, got, "Bawang putih dua siung")
	assert.Contains(t, got, "Garam secukupnya")
	for _, p := range got {
		assert.NotContains(t, p, "Podcast")
	}
}

// TestInBodyNoise: paid links (rel="sponsored"), a promo section (its
// heading and the caption under it), a hashtag line, a caption crediting its
// source and a standalone initials sign-off are not the article; the story
// going on after a promo heading is.
func TestInBodyNoise(t *testing.T) {
	body := lead +
		`<h2>Infografis Harga Ponsel:</h2><div class="zoom">Perbesar</div><p>Infografis harga ponsel pekan ini. (Contoh.id/Perupa)</p>` +
		`<p>Ponsel itu juga dijual di toko daring, dengan potongan harga selama sepekan.</p>` +
		`<p>Tanda Ponsel Asli (Sumber: Pixabay)</p>` +
		`<p>#Changemaker</p>` +
		`<div><a rel="sponsored noindex" href="https://iklan.example/klik">Obat ajaib untuk semua penyakit, coba pagi ini</a></div>` +
		`<p>Ponsel itu bisa dibeli di <a rel="sponsored" href="https://toko.example/p">toko daring mitra</a> dengan cicilan ringan selama setahun.</p>` +
		`<p><strong>(abc.-)</strong></p>`
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(bodyPage(body)))
	require.NoError(t, err)
	got := paragraphTexts(a)
	assert.Contains(t, got, "Ponsel itu juga dijual di toko daring, dengan potongan harga selama sepekan.")
	assert.Equal(t, "abc", a.Initials)
	assert.Contains(t, got, "Ponsel itu bisa dibeli di toko daring mitra dengan cicilan ringan selama setahun.")
	for _, p := range got {
		for _, bad := range []string{"Infografis", "Pixabay", "#Changemaker", "Obat ajaib", "(abc"} {
			assert.NotContains(t, p, bad)
		}
	}
}

func TestNoiseShapes(t *testing.T) {
	for s, want := range map[string]bool{
		"#Changemaker":                             true,
		"#IniDiplomasi #Kabar":                     true,
		"# bukan tagar":                            false,
		"Warga #DiRumahAja selama sepekan":         false,
		"Tanda Pria Jatuh Cinta (Sumber: Pixabay)": true,
		"Angka kemiskinan naik. (Sumber: BPS)":     false,
		"Polisi berjaga di Yau Ma Tei, Sabtu (23/1/2021). (AP Photo/Vincent Yu)": true,
		"Polisi berjaga di pasar, kata Kapolsek (Sabtu, 23/1/2021).":             false,
		"Cek Video di Bawah Ini": true,
		"Video Rekomendasi":      true,
		"Konten di bawah ini disajikan oleh Advertiser. Jurnalis tidak terlibat.": true,
	} {
		assert.Equal(t, want, isNoiseLine(s), s)
	}
	for s, want := range map[string]bool{
		"Infografis COVID-19:":           true,
		"Saksikan Video Pilihan Berikut": true,
		"Infografisnya Menarik":          false,
		"Video Viral Warga Menolong":     false,
	} {
		assert.Equal(t, want, isPromoHead(s), s)
	}
}

// TestDeclaredBodyInsideWidget: an ad wrapper left open around the whole
// page makes everything noise by its class words; the element the page's
// microdata names the article body is read all the same. A box that is
// noise by its markup (an aside) is not overruled.
func TestDeclaredBodyInsideWidget(t *testing.T) {
	page := `<!DOCTYPE html><html lang="id"><head><title>Harga Ponsel Baru - Contoh News</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-03-02T10:00:00+07:00"></head><body>
<div class="layout__ads"><!-- </div> -->
<h1>Harga Ponsel Baru di Pasar Indonesia</h1>
<div class="article-body" itemprop="articleBody">` + lead + `<p>Scroll down untuk melanjutkan membaca</p></div>
<aside><div itemprop="articleBody"><p>Teks kotak samping yang panjang dan bukan bagian dari artikel ini sama sekali.</p></div></aside>
</body></html>`
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	got := paragraphTexts(a)
	assert.Len(t, got, 4)
	assert.NotContains(t, got, "Teks kotak samping yang panjang dan bukan bagian dari artikel ini sama sekali.")
}

// TestInlineBodyLastLine: a body held in a span, its paragraphs split by
// <br>, keeps its last paragraph, which ends where the span does.
func TestInlineBodyLastLine(t *testing.T) {
	para := "Ponsel itu dijual mulai pekan depan di toko resmi, dengan harga yang bersaing, kata perwakilan perusahaan."
	body := `<span class="text">` + strings.Repeat(para+`<br /><br />`, 4) + `Hingga kini stok ponsel masih terbatas di beberapa kota.</span><hr>`
	page := strings.Replace(bodyPage(body), `<div class="story-body">`, `<div class="col-main">`, 1)
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	got := paragraphTexts(a)
	require.NotEmpty(t, got)
	assert.Equal(t, "Hingga kini stok ponsel masih terbatas di beberapa kota.", got[len(got)-1])
	assert.Len(t, got, 5)
}

func TestNoiseShapesPrompts(t *testing.T) {
	for _, s := range []string{"SCROLL TO RESUME CONTENT", "Berita Ini Juga Dimuat di KORAN CONTOH, Senin (30/1/2017)", "Scroll down untuk melanjutkan membaca"} {
		assert.True(t, isNoiseLine(s), s)
	}
}

// TestHeadlineInBodyContainer: when the body's container holds the
// breadcrumb, the headline and the date line, the article starts after the
// headline and the date line is not a paragraph. A section logo in an
// earlier h1 does not count as the headline.
func TestHeadlineInBodyContainer(t *testing.T) {
	page := `<!DOCTYPE html><html lang="id"><head><title>Harga Ponsel Baru di Pasar Indonesia - Contoh News</title>
<meta property="og:type" content="article"></head><body>
<header><h1><a href="/gaya">gaya</a></h1></header>
<div class="col-main"><div class="artikel">
<ul class="crumbs"><li><a href="/">home</a></li><li><a href="/gaya">gaya</a></li></ul>
<h1>Harga Ponsel Baru di Pasar Indonesia</h1>
<div class="tanggal-x">Kamis, 05 November 2015 | 11:13 WIB</div>` + lead + `</div></div></body></html>`
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	got := paragraphTexts(a)
	assert.Len(t, got, 4)
	assert.True(t, strings.HasPrefix(got[0], "Ponsel itu dijual"), got[0])
}

// TestLivePageUpdates: the dated updates of a live page keep their date
// lines and headings; only the date line above the story is dropped.
func TestLivePageUpdates(t *testing.T) {
	update := func(clock, title string) string {
		return `<div class="update"><div class="jam">Senin, 04 April 2022 ` + clock + ` WIB</div><h2>` + title + `</h2>` +
			`<p>Petugas terus memantau arus kendaraan di gerbang tol utama, dengan antrean yang mulai mengular sejak pagi hari.</p></div>`
	}
	body := `<div class="tanggal-x">Senin, 04 April 2022 08:00 WIB</div>` + lead + update("09:15", "Antrean Mulai Mengular") + update("10:30", "Arus Kembali Lancar")
	page := strings.Replace(bodyPage(body), `<div class="story-body">`, `<div class="col-main">`, 1)
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	got := paragraphTexts(a)
	assert.NotContains(t, got, "Senin, 04 April 2022 08:00 WIB")
	assert.Contains(t, got, "Senin, 04 April 2022 10:30 WIB")
	var headings []string
	for _, p := range a.Paragraphs {
		if p.Kind == KindHeading {
			headings = append(headings, p.Text)
		}
	}
	assert.Equal(t, []string{"Antrean Mulai Mengular", "Arus Kembali Lancar"}, headings)
}

// TestCaptionAboveLead: a photo caption printed above the lead is not the
// article when the lead opens with the dateline; the dateline is still read.
// A short first paragraph with no dateline after it stays.
func TestCaptionAboveLead(t *testing.T) {
	caption := `<div class="pic-x"><span>Alat terapi temuan mahasiswa yang diberi nama Robot Kaki. (Nama Pewarta/contoh)</span></div>`
	leadPara := `<p><b>Yogyakarta</b> - Lima mahasiswa berhasil mengembangkan alat terapi pascastroke, yang diberi nama Robot Kaki, kata dosen pembimbing mereka.</p>`
	page := strings.Replace(bodyPage(caption+leadPara+lead), `<div class="story-body">`, `<div class="col-main">`, 1)
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	got := paragraphTexts(a)
	require.NotEmpty(t, got)
	assert.True(t, strings.HasPrefix(got[0], "Lima mahasiswa"), got[0])
	assert.Equal(t, "Yogyakarta", a.Dateline.Place)

	intro := `<p>Berikut faktanya.</p>`
	page = strings.Replace(bodyPage(intro+lead), `<div class="story-body">`, `<div class="col-main">`, 1)
	a, err = (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Equal(t, "Berikut faktanya.", a.Paragraphs[0].Text)
}

// TestTableShapesNeverPanic runs broken and nested table and list markup
// through both paths: rows merged at the end of the blocks must keep every
// index in range, and paragraphs trimmed and non-empty.
func TestTableShapesNeverPanic(t *testing.T) {
	frags := []string{
		`<table><tr><td>a satu</td><td>b dua`, `</td></tr>`, `<tr><th>x</th>`, `<td><table><tr><td>dalam</td><td>sel</td></tr></table></td>`,
		`</table>`, `<td><div class="read__content"><p>isi badan berita yang panjang sekali</p></div></td>`, `<br>`, `<span class="text">baris<br>baris</span>`,
		`<ul><li><a href="/a">judul satu dua tiga</a></li>`, `<li><a href="/b">judul empat lima enam</a>`, `</ul>`, `<tr>`, `<td>`, `</td>`, `</tr>`, lead,
	}
	for i := range 400 {
		var b strings.Builder
		for j := range 12 {
			b.WriteString(frags[(i*7+j*j*3+i/5*j)%len(frags)])
		}
		for _, generic := range []bool{false, true} {
			page := strings.Replace(bodyPage(b.String()), `<head>`, `<head><link rel="canonical" href="https://nasional.kompas.com/read/2026/03/02/1/judul">`, 1)
			a, _ := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(page))
			if a == nil {
				continue
			}
			for _, p := range a.Paragraphs {
				if p.Text == "" || strings.TrimSpace(p.Text) != p.Text {
					t.Fatalf("paragraph %q from %q", p.Text, b.String())
				}
			}
		}
	}
}
