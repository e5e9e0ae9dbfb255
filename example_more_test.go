package berita_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/warta-id/berita"
)

// page is a small article page of an outlet berita has no row for: its
// headline, its publication time in the metadata, and a body of paragraphs
// with a "Baca juga" link.
func page(title, lead string, more ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="id"><head><title>%s - Warta Kota Contoh</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-02-14T08:30:00+08:00"></head>
<body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article><h1>%s</h1><p>%s</p>`, title, title, lead)
	for _, p := range more {
		fmt.Fprintf(&b, "<p>%s</p>", p)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func ExampleParser_ParseHTML() {
	html := page("Pasar Terapung Kembali Ramai",
		"BANJARMASIN, CONTOH.id - Pasar terapung di Sungai Martapura kembali ramai dikunjungi wisatawan pada akhir pekan ini.",
		"Para pedagang menjajakan sayur, buah, dan kue tradisional dari atas jukung sejak subuh.",
		`Baca juga: <a href="../13/jembatan-baru">Jembatan Baru Menghubungkan Dua Kecamatan</a>`,
		`"Pengunjung naik dua kali lipat dibandingkan bulan lalu," kata Kepala Dinas Pariwisata Rina Hapsari.`)
	// The URL the page was fetched from resolves its relative links.
	p := &berita.Parser{URL: "https://www.contoh.id/daerah/2026/02/14/pasar-terapung?utm_source=wa"}
	a, err := p.ParseHTML(strings.NewReader(html))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Title)
	fmt.Println(a.Published.Format("2006-01-02 15:04 MST"), "|", a.Dateline.Place)
	fmt.Println(len(a.Paragraphs), "paragraphs; related:", a.Related[0].URL)
	fmt.Println(a.Quotes[0].Speaker)
	// Output:
	// Pasar Terapung Kembali Ramai
	// 2026-02-14 08:30 WITA | BANJARMASIN
	// 3 paragraphs; related: https://www.contoh.id/daerah/2026/02/13/jembatan-baru
	// Kepala Dinas Pariwisata Rina Hapsari
}

func ExampleParseHTML_notArticle() {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Contoh News - Berita Terkini Hari Ini</title>
<meta property="og:type" content="website"></head><body><h1>Contoh News</h1><ul>`)
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&b, `<li><a href="/read/%d"><img src="/img/%d.jpg">Judul berita nomor %d tentang banjir dan jalan rusak di kota</a> <span>%d jam lalu</span></li>`, i, i, i, i)
	}
	b.WriteString(`</ul></body></html>`)

	a, err := berita.ParseHTML(strings.NewReader(b.String()))
	if errors.Is(err, berita.ErrNotArticle) {
		// The page's metadata still comes back.
		fmt.Println("not an article:", a.Title)
		return
	}
	fmt.Println(a.Title, err)
	// Output:
	// not an article: Contoh News
}

func ExampleMergePages() {
	lead := "Pemerintah kota mulai memperbaiki jalan rusak di empat kecamatan pada pekan ini, setelah musim hujan berakhir."
	first, err := berita.ParseHTML(strings.NewReader(page("Perbaikan Jalan Dimulai", lead,
		"Dinas pekerjaan umum menyiapkan anggaran tambahan untuk menambal lubang di jalan utama dan jalan lingkungan.")))
	if err != nil {
		fmt.Println(err)
		return
	}
	second, err := berita.ParseHTML(strings.NewReader(page("Perbaikan Jalan Dimulai",
		"Pekerjaan ditargetkan selesai sebelum Lebaran, dengan dua regu bekerja bergantian siang dan malam hari.",
		"Warga diminta melapor jika menemukan lubang baru melalui aplikasi pengaduan milik pemerintah kota.")))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := berita.MergePages(first, second)
	fmt.Println(a.Title, "|", a.Pages, "pages |", len(a.Paragraphs), "paragraphs")
	fmt.Println(a.Paragraphs[2].Text)
	// Output:
	// Perbaikan Jalan Dimulai | 2 pages | 4 paragraphs
	// Pekerjaan ditargetkan selesai sebelum Lebaran, dengan dua regu bekerja bergantian siang dan malam hari.
}

// A Parser holds only options: one may serve many goroutines at once.
func ExampleParser_concurrent() {
	p := &berita.Parser{MaxParagraphs: 100}
	leads := []string{
		"Ribuan warga pesisir menanam bibit mangrove bersama relawan dan sekolah setempat pada Minggu pagi.",
		"Harga cabai di pasar induk turun tajam setelah panen raya di sejumlah sentra produksi di Jawa.",
		"Kereta api tambahan disiapkan untuk mengangkut pemudik pada libur panjang akhir pekan ini.",
	}
	titles := make([]string, len(leads))
	var wg sync.WaitGroup
	for i, lead := range leads {
		wg.Add(1)
		go func() {
			defer wg.Done()
			html := page(fmt.Sprintf("Berita Nomor %d", i+1), lead,
				"Petugas di lapangan mencatat jumlah peserta dan melaporkannya kepada dinas terkait setiap sore.",
				"Kegiatan serupa direncanakan berlanjut bulan depan di kecamatan lain yang juga membutuhkannya.")
			a, err := p.ParseHTML(strings.NewReader(html))
			if err != nil {
				titles[i] = err.Error()
				return
			}
			titles[i] = a.Title + ": " + a.Paragraphs[0].Text[:20]
		}()
	}
	wg.Wait()
	for _, t := range titles {
		fmt.Println(t)
	}
	// Output:
	// Berita Nomor 1: Ribuan warga pesisir
	// Berita Nomor 2: Harga cabai di pasar
	// Berita Nomor 3: Kereta api tambahan
}
