package berita

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// withoutSites runs f with the outlet table emptied, so every page goes
// through the generic path as a page of an unknown outlet would.
func withoutSites(f func()) {
	saved := sites
	sites = nil
	defer func() { sites = saved }()
	f()
}

// TestUnknownOutlet parses our fixtures as if their outlets were not in the
// table: title, date and body must still come out.
func TestUnknownOutlet(t *testing.T) {
	files, err := filepath.Glob("testdata/*.html")
	require.NoError(t, err)
	withoutSites(func() {
		for _, file := range files {
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			got, err := ParseHTML(bytes.NewReader(b))
			require.NoError(t, err, file)
			assert.NotEmpty(t, got.Title, file)
			assert.False(t, got.Published.IsZero(), file)
			assert.NotEmpty(t, got.Paragraphs, file)
		}
	})
}

// TestDeclaredBody covers the microdata rule of the generic path: a body
// split into sections is taken whole from the element marked
// itemprop="articleBody", while a marked element with little text is not
// trusted over the scorer.
func TestDeclaredBody(t *testing.T) {
	section := func(n int, words string) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<div class="section-item"><div class="section-index">%d dari 3 halaman</div>`, n)
		for i := range n + 1 {
			fmt.Fprintf(&b, `<p>Paragraf %d bagian %d tentang %s, yang ditulis cukup panjang agar terbaca sebagai teks berita.</p>`, i+1, n, words)
		}
		b.WriteString(`<div class="zoom">Perbesar</div></div>`)
		return b.String()
	}
	page := func(body string) string {
		return `<!DOCTYPE html><html lang="id"><head><title>Warga Menanam Mangrove - Contoh News</title>
<meta property="article:published_time" content="2026-03-02T10:00:00+07:00"></head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
<h1>Warga Menanam Mangrove di Pesisir</h1>` + body + `
<aside class="sidebar"><p>Berita lain yang juga panjang dan tidak termasuk dalam artikel ini sama sekali.</p></aside>
</body></html>`
	}

	// The first section alone outscores the others: the marked element
	// still gives all three, without the pager labels and zoom buttons.
	first := `<div class="lead-section">` + strings.Repeat(`<p>Ribuan warga pesisir menanam bibit mangrove bersama, dengan dukungan pemerintah desa, relawan, dan sekolah setempat.</p>`, 6) + `</div>`
	html := page(`<div class="story" itemprop="articleBody">` + first + section(2, "bibit") + section(3, "relawan") + `</div>`)
	withoutSites(func() {
		a, err := ParseHTML(strings.NewReader(html))
		require.NoError(t, err)
		texts := paragraphTexts(a)
		assert.Len(t, texts, 6+3+4)
		assert.Contains(t, texts, "Paragraf 4 bagian 3 tentang relawan, yang ditulis cukup panjang agar terbaca sebagai teks berita.")
		assert.NotContains(t, texts, "2 dari 3 halaman")
		assert.NotContains(t, texts, "Perbesar")
	})

	// A marked summary with little text does not override the scorer.
	html = page(`<div itemprop="articleBody"><p>Ringkasan pendek tentang penanaman mangrove.</p></div><div class="content">` + first + `</div>`)
	withoutSites(func() {
		a, err := ParseHTML(strings.NewReader(html))
		require.NoError(t, err)
		require.Len(t, a.Paragraphs, 6)
		assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, "Ribuan warga"))
	})
}

func TestIsNoiseLinePager(t *testing.T) {
	for s, want := range map[string]bool{
		"2 dari 6 halaman":         true,
		"Halaman 2 dari 6":         true,
		"Perbesar":                 true,
		"2 dari 6 warga":           false,
		"Halaman 2 dari enam":      false,
		"1000 dari 2000 halaman":   false,
		"Perbesaran jalan dimulai": false,
		"Dua dari enam halaman":    false,
	} {
		assert.Equal(t, want, isNoiseLine(s), s)
	}
}

// TestArticleBodyFallback covers pages drawn by scripts: their HTML holds
// no text, their JSON-LD holds the article body.
func TestArticleBodyFallback(t *testing.T) {
	page := func(articleBody, markup string) string {
		ld, err := json.Marshal(map[string]any{
			"@context": "https://schema.org", "@type": "NewsArticle",
			"headline":      "Pasar Terapung Kembali Ramai Pengunjung",
			"datePublished": "2026-02-14T08:30:00+08:00",
			"author":        map[string]any{"@type": "Person", "name": "Rina Hapsari"},
			"articleBody":   articleBody,
		})
		require.NoError(t, err)
		return `<!DOCTYPE html><html lang="id"><head><title>Pasar Terapung Kembali Ramai Pengunjung - Contoh News</title>
<script type="application/ld+json">` + string(ld) + `</script></head>
<body><div id="app">` + markup + `</div><script src="/app.js"></script></body></html>`
	}
	paragraphs := []string{
		"BANJARMASIN, CONTOH.id - Pasar terapung di Sungai Martapura kembali ramai dikunjungi wisatawan pada akhir pekan ini, setelah sempat sepi selama musim hujan.",
		"Para pedagang menjajakan sayur, buah, dan kue tradisional dari atas jukung sejak subuh, sementara pengunjung menawar dari perahu lain.",
		"Baca juga: Jembatan Baru Menghubungkan Dua Kecamatan",
		"Dinas pariwisata setempat mencatat jumlah pengunjung naik dua kali lipat dibandingkan bulan lalu, terutama dari luar provinsi.",
	}
	check := func(t *testing.T, a *Article) {
		t.Helper()
		require.Len(t, a.Paragraphs, 3)
		assert.Equal(t, "Pasar terapung di Sungai Martapura kembali ramai dikunjungi wisatawan pada akhir pekan ini, setelah sempat sepi selama musim hujan.", a.Paragraphs[0].Text)
		assert.Equal(t, "BANJARMASIN", a.Dateline.Place)
		require.Len(t, a.Related, 1)
		assert.Equal(t, "Jembatan Baru Menghubungkan Dua Kecamatan", a.Related[0].Title)
		assert.Equal(t, []string{"Rina Hapsari"}, a.Authors)
		assert.Equal(t, "Pasar Terapung Kembali Ramai Pengunjung", a.Title)
	}

	t.Run("text", func(t *testing.T) {
		a, err := ParseHTML(strings.NewReader(page(strings.Join(paragraphs, "\n\n"), "")))
		require.NoError(t, err)
		check(t, a)
	})
	t.Run("markup", func(t *testing.T) {
		a, err := ParseHTML(strings.NewReader(page("<p>"+strings.Join(paragraphs, "</p><p>")+"</p>", `<div class="loading">Memuat...</div>`)))
		require.NoError(t, err)
		check(t, a)
	})
	t.Run("markup body wins", func(t *testing.T) {
		markup := "<article class=\"content\"><p>" + strings.Join(paragraphs, "</p><p>") + "</p></article>"
		a, err := ParseHTML(strings.NewReader(page("Ringkasan yang dipotong oleh sistem pengelola konten dan bukan isi berita.", markup)))
		require.NoError(t, err)
		check(t, a)
	})
	t.Run("short articleBody", func(t *testing.T) {
		_, err := ParseHTML(strings.NewReader(page("Hanya satu kalimat pendek.", "")))
		assert.ErrorIs(t, err, ErrNotArticle)
	})
}

// TestGenericRelated covers related boxes on a page of an unknown outlet:
// one named by its class inside the body gives related links and leaves
// the body; one beside the body is not read.
func TestGenericRelated(t *testing.T) {
	para := `<p>Petani garam di pesisir utara mulai memanen lebih awal tahun ini, karena kemarau datang lebih cepat dan cuaca cerah bertahan lama.</p>`
	html := `<!DOCTYPE html><html lang="id"><head><title>Panen Garam Datang Lebih Awal</title>
<meta property="article:published_time" content="2026-06-01T09:00:00+07:00"></head><body>
<h1>Panen Garam Datang Lebih Awal</h1>
<div class="article-body">` + para + para + `
<p class="related-news">Baca juga: <a href="/ekonomi/harga-garam-turun">Harga Garam di Tingkat Petani Turun</a></p>` + para + para + `
<div class="box-baca"><a href="/ekonomi/gudang-garam">Gudang Garam Rakyat Diresmikan</a></div>` + para + `</div>
<div class="related-posts"><ul><li><a href="/olahraga/a">Tim Voli Putri Juara Turnamen Antarkampung di Kabupaten</a></li></ul></div>
</body></html>`
	withoutSites(func() {
		a, err := ParseHTML(strings.NewReader(html))
		require.NoError(t, err)
		assert.Len(t, a.Paragraphs, 5)
		var titles []string
		for _, l := range a.Related {
			titles = append(titles, l.Title)
		}
		assert.Equal(t, []string{"Harga Garam di Tingkat Petani Turun", "Gudang Garam Rakyat Diresmikan"}, titles)
	})
}

// TestTitleHead covers a short h1 that the page's <title> repeats before
// the site's name: it is the headline, and leaves the body.
func TestTitleHead(t *testing.T) {
	for _, tt := range []struct {
		meta, h1 string
		want     bool
	}{
		{"Banjir Bandang - Warta Kota Contoh", "Banjir Bandang", true},
		{"Banjir Bandang | Contoh", "Banjir bandang!", true},
		{"Banjir Bandang", "Banjir Bandang", true},
		{"Banjir Bandang Melanda Tiga Desa - Contoh", "Banjir Bandang", false},
		{"Contoh - Banjir Bandang", "Banjir Bandang", false},
		{"", "Banjir", false},
	} {
		assert.Equal(t, tt.want, titleHead(tt.meta, tt.h1), "titleHead(%q, %q)", tt.meta, tt.h1)
	}
}
