package berita

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// textStory is a plain-text body of our own: a headline and a few
// paragraphs of running text, to which the tests add what a scraper keeps
// around a story.
const textStory = `Warga Kampung Baru Gelar Festival Layang-layang

Bandung - Ratusan warga Kampung Baru memadati lapangan desa untuk menerbangkan layang-layang buatan sendiri pada Minggu (8/6/2025).

Panitia menyebut festival tahun ini diikuti peserta dari tujuh kecamatan, lebih banyak dari tahun lalu.

"Kami ingin anak-anak kembali bermain di luar rumah," kata ketua panitia, Rina Marlina.

Festival ditutup dengan pembagian hadiah bagi layang-layang terbesar dan paling indah.
`

func parseTextStory(t *testing.T, tail string) *Article {
	t.Helper()
	a, err := (&Parser{}).ParseText(textStory + tail)
	require.NoError(t, err)
	return a
}

// TestTextTail: what follows the desk's sign-off initials in a text body —
// a tag list, a promo box's short lines — is the page's furniture; without
// a sign-off, two or more keyword lines closing the body are the tag list.
// A sentence after the sign-off keeps the whole tail, and a lone
// lower-case line is not a tag list.
func TestTextTail(t *testing.T) {
	last := "Festival ditutup dengan pembagian hadiah bagi layang-layang terbesar dan paling indah."
	for _, tc := range []struct {
		name, tail string
		keep       []string // paragraphs that must stay
		drop       []string // paragraphs that must go
	}{
		{"tags after sign-off", "(abc/dfg)\nlayang-layang\nfestival rakyat\nbandung\nPenghargaan Warga 2025\nBaca kisah para peserta di sini\nSelengkapnya\n",
			nil, []string{"layang-layang", "festival rakyat", "bandung", "Penghargaan Warga 2025", "Selengkapnya"}},
		{"tags without sign-off", "festival rakyat\nlayang-layang raksasa\nkabupaten bandung\n",
			nil, []string{"festival rakyat", "layang-layang raksasa", "kabupaten bandung"}},
		{"sentence after sign-off", "(abc/dfg)\nsebuah catatan pendek\nPanitia berterima kasih kepada semua relawan yang membantu.\n",
			[]string{"sebuah catatan pendek", "Panitia berterima kasih kepada semua relawan yang membantu."}, nil},
		{"one lower-case line", "catatan redaksi\n", []string{"catatan redaksi"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := paragraphTexts(parseTextStory(t, tc.tail))
			assert.Contains(t, got, last)
			for _, k := range tc.keep {
				assert.Contains(t, got, k)
			}
			for _, d := range tc.drop {
				assert.NotContains(t, got, d)
			}
		})
	}
}

// TestTextTailAfterDatelineBlock: the sign-off is found where it stands
// when the dateline is a block of its own at the top.
func TestTextTailAfterDatelineBlock(t *testing.T) {
	a, err := ParseText("JAKARTA, KOMPAS.com -\n\n" + strings.SplitN(textStory, "Bandung - ", 2)[1] + "(abc/dfg)\nlayang-layang\nfestival rakyat\n")
	require.NoError(t, err)
	got := paragraphTexts(a)
	assert.Equal(t, "JAKARTA", a.Dateline.Place)
	assert.NotContains(t, got, "layang-layang")
	assert.NotContains(t, got, "festival rakyat")
	assert.Contains(t, got, "Festival ditutup dengan pembagian hadiah bagi layang-layang terbesar dan paling indah.")
}

// TestTextVideoPromo: a video's title offered beside the story is a promo —
// under its "Video:" label in any case, or opening "Video" when printed
// twice or closing the story — but a "Video …" subheading followed by text
// about the video is the article's.
func TestTextVideoPromo(t *testing.T) {
	a := parseTextStory(t, "Video: warga Kampung Baru Terbangkan Layang-layang Raksasa!\nVideo: warga Kampung Baru Terbangkan Layang-layang Raksasa!\n")
	assert.NotContains(t, strings.Join(paragraphTexts(a), "\n"), "Video:")

	a = parseTextStory(t, "Video Layang-layang Raksasa Terbang di Atas Sawah\nVideo Layang-layang Raksasa Terbang di Atas Sawah\n(abc/dfg)\n")
	assert.NotContains(t, strings.Join(paragraphTexts(a), "\n"), "Video Layang")

	a = parseTextStory(t, "Video 9 Layang-layang Terbesar di Festival\nVideo 9 Layang-layang Terbesar di Festival\n")
	assert.NotContains(t, strings.Join(paragraphTexts(a), "\n"), "Video 9")

	a = parseTextStory(t, "Lihat Video 'Layang-layang Raksasa Terbang di Atas Sawah':\n")
	assert.NotContains(t, strings.Join(paragraphTexts(a), "\n"), "Lihat Video")

	sub := "Video Layang-layang yang Viral di Media Sosial"
	a = parseTextStory(t, sub+"\nRekaman layang-layang itu ditonton jutaan kali sejak diunggah pekan lalu oleh seorang warga.\n")
	assert.Contains(t, paragraphTexts(a), sub)
}

// TestFollowPrompt: a line asking the reader to follow the outlet on a
// channel is noise; a sentence that only mentions the channel stays.
func TestFollowPrompt(t *testing.T) {
	for _, s := range []string{
		"Ikuti saluran WhatsApp Contoh News untuk kabar terbaru setiap hari",
		"(Ayo ikuti saluran WhatsApp ContohNews.com biar tidak ketinggalan berita terbaru)",
		"Akses ContohNews.com di Google News atau WhatsApp Channel",
		"- Baca Berita Terbaru Lainnya di GOOGLE NEWS",
		"Gabung ke saluran Telegram kami",
		"Pilih saluran andalanmu akses berita Contoh WhatsApp Channel :",
		"Kanal resmi: https://www.whatsapp.com/channel/0000AbCdEf",
		// more reading at the outlet's own site
		"Baca juga berita lainnya di ContohNews.com.",
		"Temukan ulasan menarik lainnya di contohnews.com. Kalau bukan sekarang, kapan lagi?",
		"Ingin baca kabar selebriti lainnya? Yuk baca di ContohNews.com.",
	} {
		assert.True(t, isFollowPrompt(s), s)
	}
	for _, s := range []string{
		"Pengguna WhatsApp kini bisa membuat saluran berbayar, kata perusahaan itu.",
		"Ikuti perkembangan kasus ini, polisi memeriksa tiga saksi pada Senin.",
		"Baca selengkapnya laporan panitia tentang festival tahun ini.",
		"Dapatkan informasi lainnya tentang bantuan di laman bsu.kemnaker.go.id.",
		"Temukan lokasi lainnya di peta yang dibagikan panitia.",
	} {
		assert.False(t, isFollowPrompt(s), s)
	}
	a := parseTextStory(t, "Ikuti saluran WhatsApp Contoh News untuk kabar terbaru setiap hari\n")
	assert.NotContains(t, strings.Join(paragraphTexts(a), "\n"), "WhatsApp")
}

// TestPhotoCaptionCredits: a caption closing with its source — "Foto: Dok.
// X", "Foto: Nama/outlet", "(credit: X)" — or opening with "Foto:" and
// closing with "(Nama/outlet)" is a photo's, not the text's.
func TestPhotoCaptionCredits(t *testing.T) {
	for _, s := range []string{
		"Layang-layang raksasa di lapangan desa. Foto: Dok. Panitia",
		"Layang-layang raksasa di lapangan desa Foto: dok. Karang Taruna Kampung Baru",
		"Peserta festival. Foto: Rina Marlina/contoh.com",
		"Foto: Prime Video.",
		"Peserta festival layang-layang (credit: instagram/kampungbaru)",
		"(Credit:Dokumentasi Pribadi)",
		"Foto: Peserta festival menerbangkan layang-layang, di lapangan desa. (Rina/contohnews)",
	} {
		assert.True(t, isCaption(s), s)
	}
	for _, s := range []string{
		"Foto: sebuah kata, lalu kalimat panjang yang berlanjut tanpa sumber apa pun di ujungnya",
		"Panitia memajang foto peserta di balai desa, kata Rina.",
	} {
		assert.False(t, isCaption(s), s)
	}
}

// TestKeywordLine: one tag of a tag list is a few lower-case words.
func TestKeywordLine(t *testing.T) {
	for _, s := range []string{"festival rakyat", "undang-undang no. 1 tahun 2022", "bandung"} {
		assert.True(t, isKeywordLine(s), s)
	}
	for _, s := range []string{"dan", "Festival Rakyat", "kata dia, kemudian", "ini adalah kalimat yang terlalu panjang untuk tag", "a"} {
		assert.False(t, isKeywordLine(s), s)
	}
}

// TestDashRelatedCue: a related label closed by a dash instead of a colon
// ("BACA JUGA - Judul"), on its own line or glued after a sentence, is a
// related link, not text; a one-word "Baca" before a dash is not a label.
func TestDashRelatedCue(t *testing.T) {
	a := parseTextStory(t, "Panitia berharap festival berikutnya lebih ramai.BACA JUGA - Lomba Perahu Hias Meriahkan Sungai Desa\n\nBaca juga – Harga Benang Layangan Naik Jelang Festival\n")
	var titles []string
	for _, l := range a.Related {
		titles = append(titles, l.Title)
	}
	assert.Contains(t, titles, "Lomba Perahu Hias Meriahkan Sungai Desa")
	assert.Contains(t, titles, "Harga Benang Layangan Naik Jelang Festival")
	got := strings.Join(paragraphTexts(a), "\n")
	assert.Contains(t, got, "Panitia berharap festival berikutnya lebih ramai.")
	assert.NotContains(t, strings.ToLower(got), "baca juga")

	// An em dash closes the label too, and the sentence glued after the
	// link's title stays in the body.
	a = parseTextStory(t, "Harga beras naik tajam di pasar tradisional pekan ini menurut pedagang.BACA JUGA — Harga Cabai Turun di Pasar Induk Warga lega karena harga cabai sudah turun sejak kemarin pagi.\nPedagang berharap harga stabil sampai akhir bulan ini dan pembeli kembali ramai.\n")
	titles = titles[:0]
	for _, l := range a.Related {
		titles = append(titles, l.Title)
	}
	assert.Equal(t, []string{"Harga Cabai Turun di Pasar Induk"}, titles)
	assert.Contains(t, strings.Join(paragraphTexts(a), "\n"), "Warga lega karena harga cabai sudah turun sejak kemarin pagi.")

	i, _ := dashCueAt("Kata ketua, Baca - tulis jadi lomba baru tahun ini.", true)
	assert.Equal(t, -1, i)
	i, _ = dashCueAt("Ia sering membaca juga - kadang - menulis.", true)
	assert.Equal(t, -1, i)
}

// TestEmbedPlaceholder: an embed's placeholder glued inside a line of text
// ("[Gambas:Video CNN]") is dropped, and the text either side of it are
// paragraphs of their own; no word of the text is lost.
func TestEmbedPlaceholder(t *testing.T) {
	a := parseTextStory(t, "Panitia menambah hadiah tahun ini.[Gambas:Video Contoh]Peserta terbanyak datang dari kecamatan tetangga. [Gambas:Video Contoh] Lomba berikutnya digelar tahun depan.\n")
	got := paragraphTexts(a)
	assert.NotContains(t, strings.Join(got, "\n"), "Gambas")
	assert.Contains(t, got, "Panitia menambah hadiah tahun ini.")
	assert.Contains(t, got, "Peserta terbanyak datang dari kecamatan tetangga.")
	assert.Contains(t, got, "Lomba berikutnya digelar tahun depan.")
}

// TestEmbedPlaceholderAnywhere: a placeholder is noise wherever it stands
// — alone on a line, opening or closing one, in any case, with spaces in
// its brackets, after the sign-off — and the text around it stays.
func TestEmbedPlaceholderAnywhere(t *testing.T) {
	for _, tail := range []string{
		"[Gambas:Video 20detik]\nLomba berikutnya digelar tahun depan.\n",
		"[Gambas:Video CNN] Lomba berikutnya digelar tahun depan.\n",
		"Lomba berikutnya digelar tahun depan. [Gambas:Video CNN]\n",
		"[ Gambas:Video CNN ]\nLomba berikutnya digelar tahun depan.\n",
		"[gambas:video cnn] Lomba berikutnya digelar tahun depan.\n",
		"Lomba berikutnya digelar tahun depan.\n(rin/ega)\n[Gambas:Video 20detik]\n",
	} {
		a := parseTextStory(t, tail)
		got := paragraphTexts(a)
		assert.NotContains(t, strings.ToLower(strings.Join(got, "\n")), "gambas", "%q", tail)
		assert.Contains(t, got, "Lomba berikutnya digelar tahun depan.", "%q", tail)
	}
}

// TestEmbedPlaceholderHTML: the same placeholders in a page's paragraphs
// are cut from them, and the paragraph's text stays.
func TestEmbedPlaceholderHTML(t *testing.T) {
	page := `<!DOCTYPE html><html lang="id"><head><title>Festival Layang-layang</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-06-08T09:00:00+07:00"></head><body>
<h1>Festival Layang-layang</h1><div class="article-body">
<p>Ratusan warga Kampung Baru memadati lapangan desa untuk menerbangkan layang-layang buatan sendiri pada Minggu pagi.</p>
<p>[Gambas:Video CNN]</p>
<p>Panitia menyebut festival tahun ini diikuti peserta dari tujuh kecamatan. [Gambas:Video CNN] Jumlahnya lebih banyak dari tahun lalu.</p>
<p>[gambas:video cnn] Festival ditutup dengan pembagian hadiah bagi layang-layang terbesar dan paling indah.</p>
</div></body></html>`
	for _, generic := range []bool{false, true} {
		a, err := (&Parser{Generic: generic}).ParseHTML(strings.NewReader(page))
		require.NoError(t, err)
		got := paragraphTexts(a)
		assert.Equal(t, []string{
			"Ratusan warga Kampung Baru memadati lapangan desa untuk menerbangkan layang-layang buatan sendiri pada Minggu pagi.",
			"Panitia menyebut festival tahun ini diikuti peserta dari tujuh kecamatan. Jumlahnya lebih banyak dari tahun lalu.",
			"Festival ditutup dengan pembagian hadiah bagi layang-layang terbesar dan paling indah.",
		}, got, "generic %v", generic)
	}
}

// TestPostEmbedText: the fallback text of an embedded Instagram post that a
// scraper kept ("View this post on Instagram", "A post shared by X
// (@x)") is noise, glued into a line or on lines of its own.
func TestPostEmbedText(t *testing.T) {
	for _, tail := range []string{
		"Lomba berikutnya digelar tahun depan. View this post on Instagram A post shared by Warta Kita (@wartakita) Hadiahnya sepeda.\n",
		"Lomba berikutnya digelar tahun depan.Lihat postingan ini di InstagramSebuah kiriman dibagikan oleh Warta Kita (@wartakita)Hadiahnya sepeda.\n",
		"Lomba berikutnya digelar tahun depan.\nView this post on Instagram\nA post shared by Warta Kita (@wartakita)\nHadiahnya sepeda.\n",
	} {
		a := parseTextStory(t, tail)
		got := paragraphTexts(a)
		joined := strings.Join(got, "\n")
		assert.NotContains(t, joined, "Instagram", "%q", tail)
		assert.NotContains(t, joined, "wartakita", "%q", tail)
		assert.Contains(t, got, "Lomba berikutnya digelar tahun depan.", "%q", tail)
		assert.Contains(t, got, "Hadiahnya sepeda.", "%q", tail)
	}
}
