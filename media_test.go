package berita

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitCredit(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		// Liputan6: the credit in brackets.
		{"Bagian kapal selam di Laut Bali. (Indonesian Navy via AP)", "Bagian kapal selam di Laut Bali.", "Indonesian Navy via AP"},
		{"Kabin bus listrik. (KOMPAS.com/Galih Pramudya)", "Kabin bus listrik.", "KOMPAS.com/Galih Pramudya"},
		// detik: the label, then the credit; the agency's credit printed before it.
		{"Seorang pedagang kue menata dagangannya. Foto: Rizal Hakim/detikcom", "Seorang pedagang kue menata dagangannya.", "Rizal Hakim/detikcom"},
		{"Austin MacPhee di laga kontra United. (AP Photo/Jon Super) Foto: AP/Jon Super", "Austin MacPhee di laga kontra United.", "AP/Jon Super"},
		{"Foto: Ilustrasi penodongan (Edi Wahyono/detikcom)", "Ilustrasi penodongan", "Edi Wahyono/detikcom"},
		// Getty's "Mandatory Credit:" glued to the caption's last word.
		{"Dua gol dikenangMandatory Credit: Ben Radford /Allsport Foto: Ben Radford /Allsport", "Dua gol dikenang", "Ben Radford /Allsport"},
		// ANTARA: the credit closes the last sentence with no mark.
		{"Petugas memeriksa kendaraan di Jakarta, Senin (1/7/2024). ANTARA FOTO/Hafidz Mubarak A/nz.", "Petugas memeriksa kendaraan di Jakarta, Senin (1/7/2024).", "ANTARA FOTO/Hafidz Mubarak A/nz"},
		// "Dok." is part of the credit as printed; "©" too.
		{"Warga antre beras. Dok. Istimewa", "Warga antre beras.", "Dok. Istimewa"},
		{"Brandon dalam drama musikal/©KapanLagi.com®/M. Akrom Sukarya", "Brandon dalam drama musikal", "©KapanLagi.com®/M. Akrom Sukarya"},
		// Media Indonesia: the credit's brackets glued to the caption.
		{"Kondisi Tambang di Raja Ampat(Auriga Nusantara)", "Kondisi Tambang di Raja Ampat", "Auriga Nusantara"},
		{"Cassandra Lee (Sumber: Instagram/cassandraslee)", "Cassandra Lee", "Instagram/cassandraslee"},
		// Only a credit.
		{"(KOMPAS.com/Laras Ayuningtyas)", "", "KOMPAS.com/Laras Ayuningtyas"},
		{"ANTARA FOTO/Budi Setya", "", "ANTARA FOTO/Budi Setya"},
		// A button's label read with the box is not the caption.
		{"Lihat Foto Warga melintas. (KOMPAS.com/Nama)", "Warga melintas.", "KOMPAS.com/Nama"},
		// Not credits: a date, a person's position, a sentence.
		{"Warga di Jakarta, Senin (23/1/2021)", "Warga di Jakarta, Senin (23/1/2021)", ""},
		{"Presiden Joko Widodo (kiri) dan Menteri Keuangan (kanan)", "Presiden Joko Widodo (kiri) dan Menteri Keuangan (kanan)", ""},
		{"Petugas memeriksa kendaraan di gerbang tol.", "Petugas memeriksa kendaraan di gerbang tol.", ""},
	}
	for _, tt := range tests {
		caption, credit := splitCredit(tt.in)
		if caption != tt.caption || credit != tt.credit {
			t.Errorf("splitCredit(%q) = %q, %q, want %q, %q", tt.in, caption, credit, tt.caption, tt.credit)
		}
	}
}

func TestCleanDescription(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Liputan6.com, Jakarta - Pemerintah menambah kuota beras murah...", "Pemerintah menambah kuota beras murah"},
		{"JAKARTA, KOMPAS.com - Banjir rob merendam tiga kelurahan…", "Banjir rob merendam tiga kelurahan"},
		{"PLN menambah 18 &lt;b&gt;stasiun&lt;/b&gt; pengisian [...]", "PLN menambah 18 stasiun pengisian"},
		{"Warga dua dusun kini tak perlu menyeberang. [&hellip;]", "Warga dua dusun kini tak perlu menyeberang."},
		// A dash inside the summary is no dateline.
		{"Harga cabai naik - pedagang mengeluh.", "Harga cabai naik - pedagang mengeluh."},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := cleanDescription(tt.in); got != tt.want {
			t.Errorf("cleanDescription(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEmbedKind(t *testing.T) {
	tests := []struct {
		url    string
		player bool
		want   string
	}{
		{"https://www.youtube.com/embed/AbCdEfGhIjK", false, "youtube"},
		{"https://www.youtube-nocookie.com/embed/x", false, "youtube"},
		{"https://player.vimeo.com/video/123", false, "vimeo"},
		{"https://www.instagram.com/p/C9xYz/embed", false, "instagram"},
		{"https://platform.twitter.com/embed/Tweet.html?id=1", false, "twitter"},
		{"https://www.tiktok.com/embed/v2/123", false, "tiktok"},
		{"https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fvideos%2F1", false, "facebook"},
		// The outlets' players: a host or path naming a video, or a frame that asks for full screen.
		{"https://www.vidio.com/embed/8100001-museum", false, "video"},
		{"https://www.cnnindonesia.com/embed/video/20250817", false, "video"},
		{"https://20.detik.com/embed/250211003", true, "video"},
		// The platforms' widgets and buttons, ads, other frames: no embeds.
		{"https://www.facebook.com/plugins/like.php?href=x", false, ""},
		{"http://platform.twitter.com/widgets/tweet_button.html#url=x", false, ""},
		{"https://tpc.googlesyndication.com/safeframe/1-0-2/html/container.html", true, ""},
		{"https://widget.kompas.id/kompascom-related-article?position=inbody", false, ""},
		{"", true, ""},
	}
	for _, tt := range tests {
		if got := embedKind([]byte(tt.url), tt.player); got != tt.want {
			t.Errorf("embedKind(%q, %v) = %q, want %q", tt.url, tt.player, got, tt.want)
		}
	}
	assert.Equal(t, "https://twitter.com/a/status/1", embedURL("twitter", "https://twitter.com/a/status/1?ref_src=twsrc%5Etfw"))
	assert.Equal(t, "https://www.instagram.com/p/X/", embedURL("instagram", "https://www.instagram.com/p/X/embed"))
	assert.Equal(t, "https://www.facebook.com/x/videos/1", embedURL("facebook", "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fvideos%2F1"))
}

// mediaPage is an article page of an outlet berita has no row for, its
// body's paragraphs around the markup body.
func mediaPage(body string) string {
	return `<!DOCTYPE html><html lang="id"><head><title>Warga Menanam Mangrove di Pesisir Demak - Kabar Pesisir</title>
<meta property="og:title" content="Warga Menanam Mangrove di Pesisir Demak">
<meta property="og:description" content="Ratusan warga menanam mangrove di pesisir Demak...">
<link rel="canonical" href="https://kabarpesisir.id/2026/03/02/warga-menanam-mangrove/">
<meta property="article:published_time" content="2026-03-02T10:00:00+07:00"></head><body>
<div class="header"><a href="/"><img class="logo" src="/logo.png"></a></div>
<article><h1>Warga Menanam Mangrove di Pesisir Demak</h1>
<div class="post-thumbnail"><img src="/lead.jpg" alt=""></div>
<div class="entry-content">
<p>DEMAK - Ratusan warga Desa Timbulsloko menanam 5.000 bibit mangrove di pesisir Demak, Senin (2/3/2026), untuk menahan abrasi yang terus menggerus permukiman.</p>
<p>Kepala desa, Sutrisno, mengatakan garis pantai mundur hampir satu kilometer dalam sepuluh tahun terakhir, sehingga puluhan rumah sudah ditinggalkan penghuninya.</p>
` + body + `
<p>Penanaman berikutnya dijadwalkan bulan depan bersama pelajar dan relawan dari kota-kota di sekitar Demak yang peduli pada lingkungan pesisir.</p>
</div></article>
<aside class="sidebar"><a href="/2026/03/01/lain/"><img src="/thumb.jpg"></a></aside>
</body></html>`
}

// TestPictures covers what counts as a picture of the body on a page of an
// unknown outlet, and where its address, caption and credit come from.
func TestPictures(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []Image
	}{
		{"figure", `<figure><img src="/a.jpg"><figcaption>Warga menanam bibit. (Foto: Nama/Kabar Pesisir)</figcaption></figure>`,
			[]Image{{URL: "https://kabarpesisir.id/a.jpg", Caption: "Warga menanam bibit.", Credit: "Nama/Kabar Pesisir", Paragraph: 2}}},
		{"lazy", `<p><img src="/wp-content/themes/x/blank.gif" data-lazy-src="https://cdn.example.com/b.jpg"></p>`,
			[]Image{{URL: "https://cdn.example.com/b.jpg", Paragraph: 2}}},
		{"srcset", `<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="//cdn.example.com/c-800.jpg 800w, //cdn.example.com/c-300.jpg 300w"></p>`,
			[]Image{{URL: "https://cdn.example.com/c-800.jpg", Paragraph: 2}}},
		{"credit element", `<div class="photo"><img src="/d.jpg"><div class="photo__caption">Bibit mangrove.<span class="photo__author">(KABAR/Nama)</span></div></div>`,
			[]Image{{URL: "https://kabarpesisir.id/d.jpg", Caption: "Bibit mangrove.", Credit: "KABAR/Nama", Paragraph: 2}}},
		{"caption line", `<p><img src="/e.jpg"></p><p><em>Relawan mengangkut bibit. Foto: Dok. Desa Timbulsloko</em></p>`,
			[]Image{{URL: "https://kabarpesisir.id/e.jpg", Caption: "Relawan mengangkut bibit.", Credit: "Dok. Desa Timbulsloko", Paragraph: 2}}},
		{"slide", `<div class="slide" data-caption="Bibit ditanam di lumpur. (Kabar/Nama)"><img src="/f.jpg"></div>`,
			[]Image{{URL: "https://kabarpesisir.id/f.jpg", Caption: "Bibit ditanam di lumpur.", Credit: "Kabar/Nama", Paragraph: 2}}},
		{"full-size link", `<p><a href="/g-big.jpg"><img src="/g.jpg"></a></p>`,
			[]Image{{URL: "https://kabarpesisir.id/g.jpg", Paragraph: 2}}},
		{"furniture", `<p><img src="https://pixel.example.com/p.gif" width="1" height="1"><img class="icon" src="/i.png"><img src="/arrow-next.png">
<a href="/2026/03/01/lain/"><img src="/teaser.jpg"></a><img src="https://securepubads.g.doubleclick.net/x.jpg"></p>
<div class="related-posts"><img src="/rel.jpg"></div><div class="ads-inline"><img src="/ad.jpg"></div>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML(strings.NewReader(mediaPage(tt.body)))
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Images)
			for _, p := range a.Paragraphs {
				assert.NotContains(t, p.Text, "Foto:", "a caption is never a paragraph")
			}
			assert.Len(t, a.Paragraphs, 3)
		})
	}
}

// TestEmbeds covers embedded posts and players in a body: their kinds and
// addresses, their places, and their text kept out of the paragraphs.
func TestEmbeds(t *testing.T) {
	a, err := ParseHTML(strings.NewReader(mediaPage(`<blockquote class="twitter-tweet"><p lang="in">Ayo tanam mangrove!</p>&mdash; Desa (@desa) <a href="https://twitter.com/desa/status/123?ref_src=twsrc%5Etfw">March 2, 2026</a></blockquote>
<p>Bibit didatangkan dari persemaian milik kelompok tani setempat yang sudah berdiri sejak tahun 2015 di desa tetangga.</p>
<iframe src="https://www.youtube.com/embed/XyZ" allowfullscreen></iframe>
<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/AbC/?utm_source=ig_embed"><a href="https://www.instagram.com/p/AbC/">Lihat postingan ini</a></blockquote>
<a class="embed video20detik" href="https://video.kabarpesisir.id/embed/77">[Gambas:Video]</a>
<iframe src="https://www.facebook.com/plugins/like.php?href=x"></iframe>`)))
	require.NoError(t, err)
	assert.Equal(t, []Embed{
		{Kind: "twitter", URL: "https://twitter.com/desa/status/123", Paragraph: 2},
		{Kind: "youtube", URL: "https://www.youtube.com/embed/XyZ", Paragraph: 3},
		{Kind: "instagram", URL: "https://www.instagram.com/p/AbC/", Paragraph: 3},
		{Kind: "video", URL: "https://video.kabarpesisir.id/embed/77", Paragraph: 3},
	}, a.Embeds)
	for _, p := range a.Paragraphs {
		assert.NotContains(t, p.Text, "Ayo tanam")
		assert.NotContains(t, p.Text, "Lihat postingan")
	}
}

// TestListsAndTables covers the kinds of an HTML body's blocks: a list's
// items, a table's rows with their cells (a cell holding " | " leaves the
// row without cells), a bold item that stays an item.
func TestListsAndTables(t *testing.T) {
	a, err := ParseHTML(strings.NewReader(mediaPage(`<ul><li>bibit api-api,</li><li><strong>bibit bakau</strong></li></ul>
<table><tr><th>Jenis</th><th>Jumlah</th></tr><tr><td>Api-api</td><td>3.000</td></tr><tr><td>A | B</td><td>2.000</td></tr></table>`)))
	require.NoError(t, err)
	var kinds []string
	for _, p := range a.Paragraphs {
		kinds = append(kinds, string(p.Kind)+":"+p.Text)
	}
	assert.Equal(t, []string{"text:Ratusan warga Desa Timbulsloko menanam 5.000 bibit mangrove di pesisir Demak, Senin (2/3/2026), untuk menahan abrasi yang terus menggerus permukiman.",
		"text:Kepala desa, Sutrisno, mengatakan garis pantai mundur hampir satu kilometer dalam sepuluh tahun terakhir, sehingga puluhan rumah sudah ditinggalkan penghuninya.",
		"item:bibit api-api,", "item:bibit bakau", "row:Jenis | Jumlah", "row:Api-api | 3.000", "row:A | B | 2.000",
		"text:Penanaman berikutnya dijadwalkan bulan depan bersama pelajar dan relawan dari kota-kota di sekitar Demak yang peduli pada lingkungan pesisir."}, kinds)
	assert.Equal(t, []string{"Jenis", "Jumlah"}, a.Paragraphs[4].Cells)
	assert.Nil(t, a.Paragraphs[6].Cells, "a cell holding the separator: cells cannot be told apart")
	assert.Equal(t, "Ratusan warga menanam mangrove di pesisir Demak", a.Description)
	words := 0
	for _, p := range a.Paragraphs {
		words += len(strings.Fields(p.Text))
	}
	assert.Equal(t, words, a.WordCount)
}

// TestTextLists covers lists in a plain text: bulleted lines are items
// without their bullet, a run of numbered lines are items with their
// numbers, a numbered line alone is not, and bullets after a related
// label are related links.
func TestTextLists(t *testing.T) {
	a, err := ParseText(`JAKARTA, KOMPAS.com - Pemerintah mengumumkan syarat baru pembuatan paspor bagi warga yang hendak bepergian ke luar negeri, Senin (1/7/2024).
Syarat yang harus dipenuhi antara lain:
- KTP elektronik yang masih berlaku
- Kartu keluarga asli
1. Unduh aplikasi M-Paspor di ponsel.
2. Isi data diri dengan lengkap.
3. Biaya
Biaya paspor biasa kini Rp 350.000 dan paspor elektronik Rp 650.000 untuk masa berlaku sepuluh tahun.
Baca juga:
- Antrean Paspor Mengular di Kantor Imigrasi Jakarta Selatan
Kepala kantor imigrasi mengatakan layanan dibuka setiap hari kerja mulai pukul 08.00 WIB hingga pukul 15.00 WIB bagi seluruh warga.`)
	require.NoError(t, err)
	var items []string
	for _, p := range a.Paragraphs {
		if p.Kind == KindItem {
			items = append(items, p.Text)
		}
	}
	assert.Equal(t, []string{"KTP elektronik yang masih berlaku", "Kartu keluarga asli", "1. Unduh aplikasi M-Paspor di ponsel.",
		"2. Isi data diri dengan lengkap.", "3. Biaya"}, items)
	require.Len(t, a.Related, 1)
	assert.Equal(t, "Antrean Paspor Mengular di Kantor Imigrasi Jakarta Selatan", a.Related[0].Title)

	b, err := ParseText("Warga menanam bibit mangrove di pesisir Demak untuk menahan abrasi, Senin (2/3/2026).\n1. Persiapan Lahan\nLahan dibersihkan dari sampah plastik dan kayu sebelum bibit ditanam oleh para relawan.\nPenanaman dilakukan saat air surut agar bibit tidak hanyut terbawa arus laut.")
	require.NoError(t, err)
	for _, p := range b.Paragraphs {
		assert.NotEqual(t, KindItem, p.Kind, "a numbered line alone is a subheading, not a list: %q", p.Text)
	}
}

// TestTextCaptions covers captions a plain text prints as lines: each is a
// picture without an address, placed where it stands, never a paragraph.
func TestTextCaptions(t *testing.T) {
	a, err := ParseText(`Garut (ANTARA) - Petani di Garut panen raya cabai merah di lahan yang sempat terendam banjir pada Maret lalu.
Foto: Petani memanen cabai merah di Garut, Rabu (9/7/2025). ANTARA/Feri Purnama
Ketua kelompok tani mengatakan hasil panen tahun ini mencapai 12 ton per hektare, jauh di atas perkiraan.
Pekerja memilah cabai sebelum dikirim ke pasar. (ANTARA FOTO/Feri Purnama)`)
	require.NoError(t, err)
	assert.Equal(t, []Image{
		{Caption: "Petani memanen cabai merah di Garut, Rabu (9/7/2025).", Credit: "ANTARA/Feri Purnama", Paragraph: 1},
		{Caption: "Pekerja memilah cabai sebelum dikirim ke pasar.", Credit: "ANTARA FOTO/Feri Purnama", Paragraph: 2},
	}, a.Images)
	assert.Len(t, a.Paragraphs, 2)
}

// TestMediaCorpus holds the corpus pages to what the reader sees of their
// pictures, lists and tables: the Kompas specification table row by row,
// the Liputan6 gallery's five photos with their captions, the IDN Times
// recipe's lists; and every page has a description and a word count. Both
// with the outlet table and without it.
func TestMediaCorpus(t *testing.T) {
	files := corpusInputs(t, ".html")
	parse := func(name string, generic bool) *Article {
		b, err := os.ReadFile(filepath.Join(shared, "corpus", name))
		require.NoError(t, err)
		a, err := (&Parser{Generic: generic}).ParseHTML(bytes.NewReader(b))
		require.NoError(t, err, name)
		return a
	}
	for _, generic := range []bool{false, true} {
		a := parse("kompas-2022-2.html", generic)
		var rows []Paragraph
		for _, p := range a.Paragraphs {
			if p.Kind == KindRow {
				rows = append(rows, p)
			}
		}
		require.Len(t, rows, 14, "the specification table's rows")
		assert.Equal(t, []string{"Spesifikasi", "Xiaomi 12 Lite"}, rows[0].Cells)
		assert.Equal(t, []string{"Harga", "Rp 5.799.000"}, rows[13].Cells)

		a = parse("liputan6-2021-photo-1.html", generic)
		require.Len(t, a.Images, 5, "the gallery's photos")
		for _, im := range a.Images {
			assert.True(t, strings.HasPrefix(im.URL, "https://cdn1-production-images-kly.akamaized.net/"), im.URL)
			assert.NotEmpty(t, im.Caption)
			assert.NotEmpty(t, im.Credit)
			assert.NotContains(t, im.Caption, "(Indonesian Navy via AP)")
		}

		a = parse("idntimes-2019-1.html", generic)
		var items []string
		for _, p := range a.Paragraphs {
			if p.Kind == KindItem {
				items = append(items, p.Text)
			}
		}
		assert.Contains(t, items, "Es batu")
		assert.Contains(t, items, "Kukus adonan daging jamur tersebut sekitar 10-15 menit.")

		for _, file := range files {
			a := parse(filepath.Base(file), generic)
			assert.NotEmpty(t, a.Description, file)
			assert.Positive(t, a.WordCount, file)
		}
	}
}
