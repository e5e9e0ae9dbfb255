package berita

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestRelatedLine(t *testing.T) {
	tests := []struct {
		in, label, title string
	}{
		// Tribunnews 2023
		{"Baca juga: Jelang KTT NATO, Presiden AS Bahas Ukraina hingga Swedia", "Baca juga", "Jelang KTT NATO, Presiden AS Bahas Ukraina hingga Swedia"},
		// a title that itself holds a colon (Tribunnews 2023)
		{"Baca juga: Erdogan Dukung Ukraina, Senator Rusia: Turki Berubah", "Baca juga", "Erdogan Dukung Ukraina, Senator Rusia: Turki Berubah"},
		// CNN Indonesia: space before the colon
		{"Baca Juga : Harga Emas Turun Lagi", "Baca Juga", "Harga Emas Turun Lagi"},
		// Okezone: capitals
		{"BACA JUGA: Timnas Lolos ke Final", "BACA JUGA", "Timnas Lolos ke Final"},
		// Merdeka 2015
		{"Baca: Polisi Tangkap Dua Pelaku", "Baca", "Polisi Tangkap Dua Pelaku"},
		// detik
		{"Simak juga: Banjir Rendam Ratusan Rumah", "Simak juga", "Banjir Rendam Ratusan Rumah"},
		// Liputan6
		{"Lihat juga:Gempa Guncang Maluku", "Lihat juga", "Gempa Guncang Maluku"},
		// Republika
		{"Artikel terkait: Menag Buka Pameran Buku", "Artikel terkait", "Menag Buka Pameran Buku"},
		// Tempo since 2023
		{"Pilihan Editor: Jejak Karier Kepala Dinas. Orang Dekat Wali Kota", "Pilihan Editor", "Jejak Karier Kepala Dinas. Orang Dekat Wali Kota"},
		// Kompas box text with an arrow
		{"Baca juga: Hujan Es di Bogor »", "Baca juga", "Hujan Es di Bogor"},
		// detik 2016: the line in parentheses
		{"(Baca juga: Mulai Tahun Depan Anak Punya Kartu)", "Baca juga", "Mulai Tahun Depan Anak Punya Kartu"},
		// in brackets
		{"[Baca juga: Harga Cabai Naik]", "Baca juga", "Harga Cabai Naik"},
		// a bulleted title after the label
		{"Read also: · Storm Hits the Coast", "Read also", "Storm Hits the Coast"},
		// labels of the same shape that no list holds: a reading verb,
		// words saying more reading follows, a colon
		{"Baca artikel menarik lainnya:Harga Cabai Naik", "Baca artikel menarik lainnya", "Harga Cabai Naik"},
		{"Simak berita lainnya: Harga Cabai Naik", "Simak berita lainnya", "Harga Cabai Naik"},
		{"Baca Ini Juga Deh:Harga Cabai Naik", "Baca Ini Juga Deh", "Harga Cabai Naik"},
		{"Yuk baca juga: Harga Cabai Naik", "Yuk baca juga", "Harga Cabai Naik"},
	}
	for _, tt := range tests {
		label, title, ok := relatedLine(tt.in)
		if !ok || label != tt.label || title != tt.title {
			t.Errorf("relatedLine(%q) = %q, %q, %v; want %q, %q", tt.in, label, title, ok, tt.label, tt.title)
		}
	}
	for _, in := range []string{
		"Bacaan doa sehari-hari dibagikan.",
		"Baca juga",
		"Simak juga Video 'Banjir di Kota':",
		"Lihat saja nanti hasilnya.",
		"Simak daftarnya berikut ini: harga cabai naik",
		"Lihat Langsung Suzuki Fronx: Gaya SUV Coupe",
		"Baca ini: hanya kata tanpa tanda",
	} {
		if label, title, ok := relatedLine(in); ok {
			t.Errorf("relatedLine(%q) = %q, %q, true; want no related line", in, label, title)
		}
	}
}

func TestSplitGlued(t *testing.T) {
	tests := []struct {
		in   string
		want []block
	}{
		// Kompas via bs4: the title runs on into the next paragraph, which repeats its last words
		{"Film itu tayang. Baca juga:Davina Kembali Jadi Pelakor lewat Film Dendam Malam Kelam Dendam Malam Kelam mengusung genre thriller misteri yang mengeksplorasi psikologis karakter dan alur cerita yang penuh kejutan bagi penonton di bioskop.",
			[]block{{text: "Film itu tayang."}, {text: "Baca juga: Davina Kembali Jadi Pelakor lewat Film Dendam Malam Kelam"},
				{text: "Dendam Malam Kelam mengusung genre thriller misteri yang mengeksplorasi psikologis karakter dan alur cerita yang penuh kejutan bagi penonton di bioskop."}}},
		// Kompas 2018 via rvest: the title is glued to the next word
		{"Patroli berlanjut. Baca juga: Warga Pasar Dihebohkan dengan Munculnya Harimau SumateraWarga Desa Kute dikejutkan dengan kehadiran kawanan harimau sumatera di desa mereka sejak Rabu malam ketika warga pulang dari kebun mereka di lereng bukit.",
			[]block{{text: "Patroli berlanjut."}, {text: "Baca juga: Warga Pasar Dihebohkan dengan Munculnya Harimau Sumatera"},
				{text: "Warga Desa Kute dikejutkan dengan kehadiran kawanan harimau sumatera di desa mereka sejak Rabu malam ketika warga pulang dari kebun mereka di lereng bukit."}}},
		// a question ends the title
		{"Baca juga:PM Diskors Usai Skandal Telepon, Siapa Penggantinya? Kedekatan antara kedua keluarga itu bukan hal baru dalam politik Asia Tenggara dan sudah berlangsung selama bertahun-tahun sejak ayahnya berkuasa di negeri itu.",
			[]block{{text: "Baca juga: PM Diskors Usai Skandal Telepon, Siapa Penggantinya?"},
				{text: "Kedekatan antara kedua keluarga itu bukan hal baru dalam politik Asia Tenggara dan sudah berlangsung selama bertahun-tahun sejak ayahnya berkuasa di negeri itu."}}},
		// glued sentence ends and ad markers (detik, CNN Indonesia via scrapers)
		{"Korban bertambah.Tim SAR masih mencari. ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT \"Kami terus bekerja,\" kata Budi.",
			[]block{{text: "Korban bertambah."}, {text: "Tim SAR masih mencari."}, {text: "\"Kami terus bekerja,\" kata Budi."}}},
		// Serambinews bullets: a list of links glued into the text
		{"Warga resah. • Tim SAR Temukan Korban • Harga Cabai Naik Lagi Jelang Akhir TahunAndi pun mengaku tidak terkejut bila kini kasus kemunculan harimau di wilayah itu sering terlihat oleh para petani.",
			[]block{{text: "Warga resah."}, {text: "Tim SAR Temukan Korban", related: true}, {text: "Harga Cabai Naik Lagi Jelang Akhir Tahun", related: true},
				{text: "Andi pun mengaku tidak terkejut bila kini kasus kemunculan harimau di wilayah itu sering terlihat oleh para petani."}}},
		// a short title glued to the body's last sentence: a headline has no final period
		{"Dana cair Senin.Baca juga: Presiden Beri Hadiah untuk Pemain Timnas Saat ditanya lagi, ia membantah.",
			[]block{{text: "Dana cair Senin."}, {text: "Baca juga: Presiden Beri Hadiah untuk Pemain Timnas"}, {text: "Saat ditanya lagi, ia membantah."}}},
		// a short title on its own, in sentence case, is whole
		{"Baca juga: Siapa penggantinya di kursi itu?", []block{{text: "Baca juga: Siapa penggantinya di kursi itu?"}}},
		// a period after a closing bracket, glued to the next sentence
		{"Dana dikelola lembaga (BPP).Pencairan dimulai pekan depan.",
			[]block{{text: "Dana dikelola lembaga (BPP)."}, {text: "Pencairan dimulai pekan depan."}}},
		// numbered subheadings glued to the sentence before and to their paragraph
		{"Kota itu ramai dikunjungi.2. BogorKota Bogor dikenal sejuk. Bogor juga ramai.",
			[]block{{text: "Kota itu ramai dikunjungi."}, {text: "2. Bogor"}, {text: "Kota Bogor dikenal sejuk. Bogor juga ramai."}}},
		{"Daftar Kota Terbesar1. DepokDepok tumbuh pesat. Warga Depok bangga.",
			[]block{{text: "Daftar Kota Terbesar"}, {text: "1. Depok"}, {text: "Depok tumbuh pesat. Warga Depok bangga."}}},
		// a title of a numbered list glued to a sentence end
		{"Data dirilis Senin (1/6/2025).5 Kota dengan Udara Terbersih di Jawa",
			[]block{{text: "Data dirilis Senin (1/6/2025)."}, {text: "5 Kota dengan Udara Terbersih di Jawa"}}},
		// a related title stops before the body's numbered subheading
		{"Baca juga: Lima Kota Paling Sejuk di Jawa 1. LembangLembang berada di utara Bandung. Udara Lembang sejuk.",
			[]block{{text: "Baca juga: Lima Kota Paling Sejuk di Jawa"}, {text: "1. Lembang"}, {text: "Lembang berada di utara Bandung. Udara Lembang sejuk."}}},
		// a bracketed sentence glued to the paragraph after it
		{"Dia membantah. (Baca wawancara: Saya Bukan Pelaku)Memang, sejak itu ia diam.",
			[]block{{text: "Dia membantah. (Baca wawancara: Saya Bukan Pelaku)"}, {text: "Memang, sejak itu ia diam."}}},
		// a bracket inside a sentence is not cut
		{"Ia menemui Kepala Dinas (Kadis)Budi di kantornya.", []block{{text: "Ia menemui Kepala Dinas (Kadis)Budi di kantornya."}}},
		// a period inside a quotation is not a paragraph break; the quotation's end is
		{"Dia menulis, “Jangan ribut.Tenang saja.”Warga pun pulang.",
			[]block{{text: "Dia menulis, “Jangan ribut.Tenang saja.”"}, {text: "Warga pun pulang."}}},
		// a curly opening mark closed by a straight one: the quotation is over
		{"Budi berkata, “Kami siap bekerja keras,\" ujar dia.Sementara itu warga pulang.",
			[]block{{text: "Budi berkata, “Kami siap bekerja keras,\" ujar dia."}, {text: "Sementara itu warga pulang."}}},
		// a period after a space, the sentence's last words a link
		{"Tonton di aplikasi kami dengan klik di sini .Balapan dimulai Minggu.",
			[]block{{text: "Tonton di aplikasi kami dengan klik di sini ."}, {text: "Balapan dimulai Minggu."}}},
		// a straight mark after a sentence end closes the quotation open
		// before it, and opens one when none is open
		{"Ia berkata, \"Kami siap.\"Warga pun pulang.",
			[]block{{text: "Ia berkata, \"Kami siap.\""}, {text: "Warga pun pulang."}}},
		{"Warga pun pulang.\"Kami siap,\" kata Budi.",
			[]block{{text: "Warga pun pulang."}, {text: "\"Kami siap,\" kata Budi."}}},
		// no break: a name opening with a period, a period after a space
		// inside a quotation
		{"Tampil pula Hindia, .Feast, dan Yura Yunita.", []block{{text: "Tampil pula Hindia, .Feast, dan Yura Yunita."}}},
		{"\"Turut berduka .Semoga tenang,\" tulis dia.", []block{{text: "\"Turut berduka .Semoga tenang,\" tulis dia."}}},
		// a credit line or the desk's initials after the body's last
		// sentence, spaced or glued, are blocks of their own
		{"Harga turun. (Reporter: Ani Lestari | Editor: Budi Santoso)",
			[]block{{text: "Harga turun."}, {text: "(Reporter: Ani Lestari | Editor: Budi Santoso)"}}},
		{"Harga turun.Editor: Budi Santoso",
			[]block{{text: "Harga turun."}, {text: "Editor: Budi Santoso"}}},
		{"Harga turun. (abc/def). pasar induk | harga cabai",
			[]block{{text: "Harga turun."}, {text: "(abc/def)"}, {text: "pasar induk | harga cabai"}}},
		{"Buku itu laris. Penulis: Ani Lestari. Penerbit: Warta.",
			[]block{{text: "Buku itu laris."}, {text: "Penulis: Ani Lestari."}, {text: "Penerbit: Warta."}}},
		// a related cue and its title in brackets stay one line
		// a list label's titles glued one to the next, to the end of the
		// line, are each a related link; a paragraph glued to a title after
		// "Baca juga" is kept
		{"Simak berita lainnya:Harga Cabai Turun TajamPasar Induk Ramai Pembeli di Pagi Hari",
			[]block{{text: "Simak berita lainnya: Harga Cabai Turun Tajam"}, {text: "Pasar Induk Ramai Pembeli di Pagi Hari", related: true}}},
		{"Baca juga: Harga Cabai Turun TajamPasar Induk Ramai Pembeli di Pagi Hari",
			[]block{{text: "Baca juga: Harga Cabai Turun Tajam"}, {text: "Pasar Induk Ramai Pembeli di Pagi Hari"}}},
		{"Simak berita lainnya:Harga Cabai Turun TajamPasar induk ramai pembeli pagi ini.",
			[]block{{text: "Simak berita lainnya: Harga Cabai Turun Tajam"}, {text: "Pasar induk ramai pembeli pagi ini."}}},
		{"Harga turun. (Baca juga: Harga Cabai Turun Tajam) Warga senang.",
			[]block{{text: "Harga turun."}, {text: "(Baca juga: Harga Cabai Turun Tajam)"}, {text: "Warga senang."}}},
		// a title-case subheading glued to its paragraph after a sentence end
		{"Harga naik.Pasar Induk Kota di BogorPasar ini ramai setiap pagi.",
			[]block{{text: "Harga naik."}, {text: "Pasar Induk Kota di Bogor"}, {text: "Pasar ini ramai setiap pagi."}}},
		// no numbered heading: a camel-cased name, a price, a figure in a sentence
		{"Ada tiga hal.2. YouTube Kids dipakai anak.", []block{{text: "Ada tiga hal."}, {text: "2. YouTube Kids dipakai anak."}}},
		{"Harganya Rp.10 Juta per unit dan naik tahun ini.", []block{{text: "Harganya Rp.10 Juta per unit dan naik tahun ini."}}},
		// no glue: one block, abbreviations and domains kept
		{"Dr. Nadia dan TRIBUNNEWS.COM melaporkan dari Jl. Sudirman.", []block{{text: "Dr. Nadia dan TRIBUNNEWS.COM melaporkan dari Jl. Sudirman."}}},
		// a decree's or a case's number is no sentence end; a sentence glued
		// after a year and one after a bracket are
		{"Izin itu SK Menteri No. 430.K/30/DJB/2017 dan perkara 148/Pdt.Sus-PKPU/2025/PN.Jkt berlaku.",
			[]block{{text: "Izin itu SK Menteri No. 430.K/30/DJB/2017 dan perkara 148/Pdt.Sus-PKPU/2025/PN.Jkt berlaku."}}},
		{"Mereka juara Indonesia Open 2025.Sabar/Reza menang lagi.",
			[]block{{text: "Mereka juara Indonesia Open 2025."}, {text: "Sabar/Reza menang lagi."}}},
		{"Kasus HIV/AIDS naik.Selain itu campak.", []block{{text: "Kasus HIV/AIDS naik."}, {text: "Selain itu campak."}}},
		{"Penyakit itu HIV/AIDS.Selain itu campak.", []block{{text: "Penyakit itu HIV/AIDS."}, {text: "Selain itu campak."}}},
		{"Daftar di https://bit.ly/daftar-s2.Ikuti kanal kami.", []block{{text: "Daftar di https://bit.ly/daftar-s2."}, {text: "Ikuti kanal kami."}}},
		{"Ia lahir 10/6/2025.Kini ia besar.", []block{{text: "Ia lahir 10/6/2025."}, {text: "Kini ia besar."}}},
		{"Ia tampil Selasa (10/06/2025).X.com/akunresmi",
			[]block{{text: "Ia tampil Selasa (10/06/2025)."}, {text: "X.com/akunresmi"}}},
		// a physician's specialist title ("Sp.A(K)", "Sp.OG") is no sentence end
		{"Menurut dr. Citra, Sp.A(K), dan dr. Budi, Sp.OG, anak perlu diperiksa.", []block{{text: "Menurut dr. Citra, Sp.A(K), dan dr. Budi, Sp.OG, anak perlu diperiksa."}}},
	}
	for _, tt := range tests {
		got := splitGlued(nil, tt.in, false, anyCue)
		for i := range got {
			got[i].glued = false
		}
		if len(got) != len(tt.want) {
			t.Errorf("splitGlued(%q) = %d blocks %+v, want %d %+v", tt.in, len(got), got, len(tt.want), tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("splitGlued(%q)[%d] = %+v, want %+v", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}

func TestOffSite(t *testing.T) {
	tests := []struct {
		page, link string
		want       bool
	}{
		{"https://news.example.com/read/1", "https://sport.example.com/read/2", false},
		{"https://www.example.co.id/a", "https://m.example.co.id/b", false},
		{"https://www.example.co.id/a", "https://radio.other.com/podcast/1", true},
		{"https://news.example.com/a", "//cdn.other.net/x", true},
		{"saved-page.html", "https://radio.other.com/podcast/1", false}, // the page's host is unknown
		{"https://news.example.com/a", "/read/2", false},
		{"", "https://other.com/x", false},
	}
	for _, tt := range tests {
		if got := offSite(tt.page, tt.link); got != tt.want {
			t.Errorf("offSite(%q, %q) = %v, want %v", tt.page, tt.link, got, tt.want)
		}
	}
}

// TestLinkCard covers a related post laid out as a card: one link wrapping
// block elements, its label and its title each a block of their own.
func TestLinkCard(t *testing.T) {
	page := `<html><head><title>Warga Menanam Mangrove di Pesisir - Contoh</title>
<meta property="article:published_time" content="2026-03-02T10:00:00+07:00"></head><body>
<h1>Warga Menanam Mangrove di Pesisir</h1><div class="entry-content">
<p>Ribuan warga pesisir menanam bibit mangrove bersama relawan dan sekolah setempat pada Minggu pagi di kawasan pantai utara.</p>
<div><a href="https://contoh.id/lain/" rel="nofollow" class="irpp"><div class="img"></div><div class="text-area">
<div class="cta">Baca Juga :</div><div class="post-title">Petani Garam Panen Lebih Awal Tahun Ini</div></div></a></div>
<p>Petugas di lapangan mencatat jumlah peserta dan melaporkannya kepada dinas terkait setiap sore, kata kepala dinas.</p>
<p>Kegiatan serupa direncanakan berlanjut bulan depan di kecamatan lain yang juga membutuhkannya, menurut panitia.</p>
</div></body></html>`
	a := parseGeneric(t, &Parser{}, page)
	assert.Equal(t, []Link{{Title: "Petani Garam Panen Lebih Awal Tahun Ini", URL: "https://contoh.id/lain/"}}, a.Related)
	assert.Len(t, a.Paragraphs, 3)
}

func TestSiteDomain(t *testing.T) {
	for host, want := range map[string]string{
		"news.example.co.id": "example.co.id", "example.co.id": "example.co.id", "co.id": "co.id",
		"www.bbc.com": "bbc.com", "bbc.com": "bbc.com", "x.io": "x.io", "m.detik.com.": "detik.com",
		"www.bbc.co.uk": "bbc.co.uk", "localhost": "", "": "", "a.": "",
	} {
		assert.Equal(t, want, siteDomain(host), "siteDomain(%q)", host)
	}
}

// TestCueWords: every marker holds a word of its kind, and no word holds a
// byte at which lines are joined, so the words a text lacks rule out
// markers in all its lines.
func TestCueWords(t *testing.T) {
	holds := func(s string, kind cueSet) bool {
		for _, w := range cueWords {
			if w.kind == kind && strings.Contains(s, w.word) {
				return true
			}
		}
		return false
	}
	grouped := 0
	for _, g := range inlineNoiseGroups {
		for _, m := range g.markers {
			grouped++
			if !holds(m, g.kind) {
				t.Errorf("inline marker %q holds no word of its group", m)
			}
		}
	}
	if grouped != len(inlineNoise) {
		t.Errorf("the groups hold %d inline markers, want %d", grouped, len(inlineNoise))
	}
	for _, p := range postEmbeds {
		// A credit ("A post shared by …") counts only with its handle.
		if !holds(p, mayPost) && !holds(p+"X (@x)", mayPost) {
			t.Errorf("post embed %q holds no mayPost word", p)
		}
	}
	if !holds("• ", mayBullet) || !holds("–", mayLongDash) || !holds("—", mayLongDash) {
		t.Error("the bullet or the en dash holds no word of its kind")
	}
	for _, w := range cueWords {
		if strings.ContainsAny(w.word, " (,;:.)") {
			t.Errorf("cue word %q holds a byte lines are joined at", w.word)
		}
	}
}

// TestCuesInLines: a marker that only the joining of two lines makes is
// still found, and a text with no marker's word is not searched for them.
func TestCuesInLines(t *testing.T) {
	text := "Warga memadati alun-alun kota pada Minggu pagi untuk melihat pawai.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nPawai dimulai pukul tujuh pagi."
	if got := cuesIn(false, text); got&inlineNoiseGroups[0].kind == 0 {
		t.Errorf("cuesIn(%q) = %b, want the ADVERTISEMENT group", text, got)
	}
	var paras []string
	for _, b := range textBlocks(text) {
		paras = append(paras, b.text)
	}
	for _, p := range paras {
		if strings.Contains(p, "ADVERTISEMENT") || strings.Contains(p, "SCROLL") {
			t.Errorf("textBlocks(%q) kept the marker: %q", text, paras)
		}
	}
	if got := cuesIn(false, "Pawai dimulai pukul tujuh pagi."); got != 0 {
		t.Errorf("cuesIn of a plain sentence = %b, want 0", got)
	}
	if got, want := cuesIn(true, text), cuesIn(false, text); got != want {
		t.Errorf("cuesIn of an ASCII text read as ASCII = %b, want %b", got, want)
	}
}

// TestGluedTitleList: titles of a list glued one to the next after one
// label are split at the glue when every part is a headline; a title
// glued to a sentence, or a name in camel case, stays whole.
func TestGluedTitleList(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Harga Cabai Turun TajamPasar Induk Ramai di Pagi Hari5 Fakta Menarik Festival Layang-layang",
			[]string{"Harga Cabai Turun Tajam", "Pasar Induk Ramai di Pagi Hari", "5 Fakta Menarik Festival Layang-layang"}},
		{"Harga Cabai Turun TajamPasar induk ramai pagi ini", []string{"Harga Cabai Turun TajamPasar induk ramai pagi ini"}},
		{"Festival MedcoEnergi Digelar di Jakarta", []string{"Festival MedcoEnergi Digelar di Jakarta"}},
		{"Harga Cabai Turun Tajam", []string{"Harga Cabai Turun Tajam"}},
	} {
		assert.Equal(t, tc.want, gluedTitleList(tc.in), tc.in)
	}
}
