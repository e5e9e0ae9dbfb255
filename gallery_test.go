package berita

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// slides returns a slider whose slides keep their captions in attr, then
// the box that shows the first caption.
func slides(attr string, captions ...string) string {
	var b strings.Builder
	b.WriteString(`<div class="gallery-slider"><div class="slider-track">`)
	for i, c := range captions {
		fmt.Fprintf(&b, `<div class="slide js-slide" %s="%s"><img src="/f/%d.jpg" alt="foto"></div>`, attr, c, i)
	}
	fmt.Fprintf(&b, `</div><div class="slider-counter">1 / %d</div><div class="slider-desc">%s</div></div>`, len(captions), captions[0])
	return b.String()
}

// TestGallery checks a photo gallery of an unknown outlet: the description
// the page shows, then each slide's caption from its attribute, without
// the photo credits, and no caption twice for the box showing the current one.
func TestGallery(t *testing.T) {
	desc := "Banjir merendam ratusan rumah warga di bantaran sungai setelah hujan deras mengguyur sejak malam."
	page := evidencePage(articleHead+`<meta property="og:description" content="`+desc+`">`,
		`<h1>FOTO: Banjir Rendam Permukiman Warga</h1><div class="gallery"><div class="gallery-desc">`+desc+`</div></div>`+
			slides("data-caption",
				"Warga mengevakuasi barang dari rumah yang terendam banjir. (Kabar/Rina Hapsari)",
				"Anak-anak bermain air di jalan yang tergenang. Foto: ANTARA/Budi Santoso",
				"Petugas mendirikan dapur umum di halaman masjid. (Dok. Istimewa)"))
	want := []string{desc,
		"Warga mengevakuasi barang dari rumah yang terendam banjir.",
		"Anak-anak bermain air di jalan yang tergenang.",
		"Petugas mendirikan dapur umum di halaman masjid."}
	for _, generic := range []bool{false, true} {
		a, err := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(page))
		require.NoError(t, err)
		got := paragraphTexts(a)
		assert.Equal(t, want, got)
	}
}

// TestArticlePhotoCaptions checks that the caption attributes of an
// article's photos (for a lightbox) stay out of its text.
func TestArticlePhotoCaptions(t *testing.T) {
	para := `<p>Pemerintah daerah menyiapkan tempat pengungsian di gedung sekolah dan balai desa untuk warga yang rumahnya terendam banjir sejak Senin malam.</p>`
	img := `<img src="/f/1.jpg" data-description="Warga mengungsi ke balai desa. (Kabar/Rina Hapsari)">`
	page := evidencePage(articleHead, `<h1>Banjir Rendam Permukiman Warga</h1><div class="article-content">`+
		img+para+para+img+para+para+`</div>`)
	a, err := ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 4)
	for _, p := range a.Paragraphs {
		assert.NotContains(t, p.Text, "mengungsi ke balai")
	}
}

// TestCutPhotoCredit checks the photo credits galleries print after a caption.
func TestCutPhotoCredit(t *testing.T) {
	for in, want := range map[string]string{
		"Kapal terlihat di dermaga. (Liputan6.com/Johan Fatzry)":          "Kapal terlihat di dermaga.",
		"Kapal terlihat di dermaga. (Indonesian Navy via AP)":             "Kapal terlihat di dermaga.",
		"Kapal terlihat di dermaga. (Handout / INDONESIA MILITARY / AFP)": "Kapal terlihat di dermaga.",
		"Kapal terlihat di dermaga. (AFP)":                                "Kapal terlihat di dermaga.",
		"Kapal terlihat di dermaga. Foto: ANTARA/Budi Santoso":            "Kapal terlihat di dermaga.",
		"Kapal terlihat di dermaga. Dok. Istimewa":                        "Kapal terlihat di dermaga.",
		"Kapal terlihat di dermaga. (Dok. Istimewa)":                      "Kapal terlihat di dermaga.",
		// Not credits: what the caption itself says in parentheses.
		"Presiden Joko Widodo (kanan) menyapa warga.":            "Presiden Joko Widodo (kanan) menyapa warga.",
		"Kapal selam KRI Nanggala (402)":                         "Kapal selam KRI Nanggala (402)",
		"Pengunjung memadati pameran buku (Indonesia Book Fair)": "Pengunjung memadati pameran buku (Indonesia Book Fair)",
	} {
		assert.Equal(t, want, cutPhotoCredit(in), "cutPhotoCredit(%q)", in)
	}
}

// TestAdSlotLeftOpen checks a page whose ad slot is never closed (its end
// tag commented out): the article after it is read.
func TestAdSlotLeftOpen(t *testing.T) {
	para := `<p>Pemerintah daerah menyiapkan tempat pengungsian di gedung sekolah dan balai desa untuk warga yang rumahnya terendam banjir sejak Senin malam.</p>`
	page := evidencePage(articleHead, `<div class="layout__ads"><div class="topframe"><div id="slot-1"><script>show()</script><!-- </div> --></div>
<div class="layout__content"><h1>Banjir Rendam Permukiman Warga</h1><div class="article-body">`+para+para+para+`</div></div>`)
	a, err := (&Parser{Generic: true}).ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	assert.Len(t, a.Paragraphs, 3)
}

// TestClassFeatures checks what class attributes say, one row per shape.
func TestClassFeatures(t *testing.T) {
	for in, want := range map[string]uint16{
		"ads-before-content":             cwNoise | cwAdSlot, // an ad slot: its "content" does not count
		"article-ad article-ad_ad-tb":    cwNoise | cwAdSlot,
		"entry-content-inner margin-ads": cwBody, // the text, laid out beside ads
		"js-photo-tag":                   0,      // a hook for scripts
		"post-tags js-tags":              cwNoise | cwBody,
		"sidebar-ads":                    cwNoise | cwWidget | cwElsewhere, // noise for being a sidebar already
	} {
		assert.Equal(t, want, classFeatures([]byte(in)), "classFeatures(%q)", in)
	}
}

// videoPage is a video page: the player, the headline, a two-line
// description, then a box inviting the reader to register, the topics and
// the comment rules.
const videoPage = `<main><div class="video-page"><div class="player"><iframe src="https://player.example/embed/1"></iframe></div>
<div class="video-head"><h1>VIDEO: Nelayan Menanam Mangrove di Pesisir Selatan</h1><span class="date">2 Maret 2026 10:15</span></div>
<div id="desc" class="video-desc"><p>Nelayan dan pelajar menanam ribuan bibit mangrove di pesisir selatan pada Senin pagi.</p>
<p>Penanaman ini bagian dari program pemulihan pantai yang rusak oleh abrasi.</p>
<div class="cta-box"><p>Punya kisah inspiratif di sekitarmu? Yuk ceritakan kepada kami!</p><a href="/kirim-cerita" class="cta-btn">Daftarkan</a></div>
<div class="tag"><h2>TOPIK TERKAIT</h2><ul><li><a href="/tag/mangrove">Mangrove</a></li><li><a href="/tag/nelayan">Nelayan</a></li></ul></div>
<div class="disclaimer-comment"><p>Ingatlah untuk menjaga komentar tetap sopan dan mengikuti pedoman kami</p></div>
</div></div></main>`

// TestVideoPage checks that a video page gives its description, on a page
// of an unknown outlet and on a known outlet's page whose body container
// is not there (a template its row does not know).
func TestVideoPage(t *testing.T) {
	want := []string{
		"Nelayan dan pelajar menanam ribuan bibit mangrove di pesisir selatan pada Senin pagi.",
		"Penanaman ini bagian dari program pemulihan pantai yang rusak oleh abrasi.",
	}
	for _, p := range []*Parser{{}, {Generic: true}, {URL: "https://www.merdeka.com/video/peristiwa/nelayan-menanam-mangrove.html"}} {
		a, err := p.ParseHTML(strings.NewReader(evidencePage(articleHead, videoPage)))
		require.NoError(t, err, p.URL)
		var got []string
		for _, para := range a.Paragraphs {
			got = append(got, para.Text)
		}
		assert.Equal(t, want, got, p.URL)
	}
}

// TestPromptBox checks the boxes that ask the reader to act, and a box of
// text and a link that is not one.
func TestPromptBox(t *testing.T) {
	para := `<p>Pemerintah daerah menyiapkan tempat pengungsian di gedung sekolah dan balai desa untuk warga yang rumahnya terendam banjir sejak Senin malam.</p>`
	for box, kept := range map[string]bool{
		`<div class="nl"><p>Dapatkan kabar terbaru di email kamu.</p><a href="/nl">Daftarkan email</a></div>`: false,
		`<div class="app"><p>Baca lebih nyaman di aplikasi kami.</p><a href="/app">Unduh</a></div>`:           false,
		`<div class="x"><p>Warga berharap bantuan segera datang.</p><a href="/foto">Lihat foto</a></div>`:     true,
	} {
		a, err := ParseHTML(strings.NewReader(evidencePage(articleHead, `<h1>Banjir Rendam Permukiman Warga</h1><div class="article-content">`+para+para+box+para+`</div>`)))
		require.NoError(t, err)
		n := 3
		if kept {
			n = 5
		}
		assert.Len(t, a.Paragraphs, n, box)
	}
}

// TestGalleryFigures checks a gallery whose captions are shown, one figure
// per photo, and an article whose photos have captions: the gallery gives
// them without credits, the article leaves them out.
func TestGalleryFigures(t *testing.T) {
	fig := func(c string) string {
		return `<figure><img src="/f.jpg"><figcaption>` + c + `</figcaption></figure>`
	}
	gallery := evidencePage(articleHead, `<h1>FOTO: Banjir Rendam Permukiman Warga</h1><div class="photo-content">
<p>Banjir merendam ratusan rumah warga di bantaran sungai.</p>`+
		fig(`Warga mengevakuasi barang dari rumah yang terendam banjir. Foto: ANTARA/Budi Santoso`)+
		fig(`Anak-anak bermain air di jalan yang tergenang banjir sejak pagi. <span class="photo-author">(Kabar/Rina Hapsari)</span>`)+
		`<div class="caption">Petugas mendirikan dapur umum di halaman masjid desa. (Dok. Istimewa)</div></div>`)
	for _, generic := range []bool{false, true} {
		a, err := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(gallery))
		require.NoError(t, err)
		got := paragraphTexts(a)
		assert.Equal(t, []string{"Banjir merendam ratusan rumah warga di bantaran sungai.",
			"Warga mengevakuasi barang dari rumah yang terendam banjir.",
			"Anak-anak bermain air di jalan yang tergenang banjir sejak pagi.",
			"Petugas mendirikan dapur umum di halaman masjid desa."}, got)
		assert.NotContains(t, a.Authors, "Rina Hapsari", "a photo credit is no byline")
	}

	para := `<p>Pemerintah daerah menyiapkan tempat pengungsian di gedung sekolah dan balai desa untuk warga yang rumahnya terendam banjir sejak Senin malam.</p>`
	article := evidencePage(articleHead, `<h1>Banjir Rendam Permukiman Warga</h1><div class="article-content">`+
		fig(`Warga mengungsi ke balai desa. <span class="author">(Kabar/Rina Hapsari)</span>`)+para+fig(`Dapur umum di halaman masjid. (Dok. Istimewa)`)+
		`<p>Warga diminta waspada banjir susulan hingga akhir pekan ini.<span class="caption">Foto: Kabar/Rina Hapsari</span></p></div>`)
	a, err := ParseHTML(strings.NewReader(article))
	require.NoError(t, err)
	require.Len(t, a.Paragraphs, 2)
	assert.Equal(t, "Warga diminta waspada banjir susulan hingga akhir pekan ini.", a.Paragraphs[1].Text, "an inline caption is no text")
	assert.Empty(t, a.Authors, "a photo credit is no byline")
}

// TestGalleryPhotographer checks that a gallery's photographer, credited in
// a credits box by role, is an author of the gallery, and that the same
// credit on an article with photos is not.
func TestGalleryPhotographer(t *testing.T) {
	credits := `<ul class="article-credits"><li>Rina Hapsari Photographer</li><li>Budi Santoso Editor</li></ul>`
	fig := func(c string) string {
		return `<figure><img src="/f.jpg"><figcaption>` + c + `</figcaption></figure>`
	}
	gallery := evidencePage(articleHead, `<h1>FOTO: Banjir Rendam Permukiman Warga</h1><div class="photo-content">
<p>Banjir merendam ratusan rumah warga di bantaran sungai.</p>`+
		fig(`Warga mengevakuasi barang dari rumah yang terendam banjir sejak Senin malam.`)+
		fig(`Anak-anak bermain air di jalan yang tergenang banjir sejak pagi tadi.`)+`</div>`+credits)
	article := evidencePage(articleHead, `<h1>Banjir Rendam Permukiman Warga</h1><div class="article-content">
<p>Banjir merendam ratusan rumah warga di bantaran sungai sejak Senin malam, setelah hujan deras mengguyur kawasan hulu selama dua hari.</p>`+
		fig(`Warga mengevakuasi barang.`)+`
<p>Pemerintah daerah menyiapkan tempat pengungsian di gedung sekolah dan balai desa untuk warga yang rumahnya terendam.</p>
<p>Warga diminta waspada banjir susulan hingga akhir pekan ini, kata kepala badan penanggulangan bencana daerah setempat.</p></div>`+credits)
	for _, generic := range []bool{false, true} {
		a, err := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(gallery))
		require.NoError(t, err)
		assert.Equal(t, []string{"Rina Hapsari"}, a.Authors, "gallery, generic %v", generic)
		assert.Equal(t, []string{"Budi Santoso"}, a.Editors, "gallery, generic %v", generic)
		a, err = (&Parser{Generic: generic}).ParseHTML(strings.NewReader(article))
		require.NoError(t, err)
		assert.Empty(t, a.Authors, "article, generic %v", generic)
		assert.Equal(t, []string{"Budi Santoso"}, a.Editors, "article, generic %v", generic)
	}
}
