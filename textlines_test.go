package berita

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRejoinLines: a body kept as one line per HTML text node is put back
// into sentences; lines that stand alone stay alone.
func TestRejoinLines(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"continuation opens lower case",
			"Wali kota Bogor\nmeresmikan pasar baru. Pedagang senang.",
			[]string{"Wali kota Bogor meresmikan pasar baru. Pedagang senang."}},
		{"continuation opens with a comma",
			"Banjir melanda Desa Sukamaju\n, Kecamatan Cibadak, pada Senin.",
			[]string{"Banjir melanda Desa Sukamaju, Kecamatan Cibadak, pada Senin."}},
		{"a link's text between a cut sentence and its rest",
			"Pemerintah meminta warga\nDesa Sukamaju\nsegera mengungsi.",
			[]string{"Pemerintah meminta warga Desa Sukamaju segera mengungsi."}},
		{"links in a row inside a sentence",
			"Pelatih asal Belanda itu pernah melatih di\nLiverpool\nPSV Eindhoven\ndan kini gabung klub baru.",
			[]string{"Pelatih asal Belanda itu pernah melatih di Liverpool PSV Eindhoven dan kini gabung klub baru."}},
		{"a sentence's period after its last link",
			"Kepala dinas meninjau\nPasar Sukamaju\n. Pedagang menyambut baik.",
			[]string{"Kepala dinas meninjau Pasar Sukamaju. Pedagang menyambut baik."}},
		{"an abbreviation in brackets cut at its link",
			"Badan Pengawas Pasar (\nBPP\n) meninjau harga.",
			[]string{"Badan Pengawas Pasar (BPP) meninjau harga."}},
		{"a list's broken bullets are not continuations",
			"Hadiah undian\n.5 unit mobil\n. 50 unit motor",
			[]string{"Hadiah undian", ".5 unit mobil", ". 50 unit motor"}},
		{"a bracketed abbreviation continues the sentence",
			"Warga menggugat ke\nMahkamah Agung\n(MA) yang memutus perkara itu.",
			[]string{"Warga menggugat ke Mahkamah Agung (MA) yang memutus perkara itu."}},
		{"a place, the rest of its dateline, then the lead's link words",
			"BOGOR\n, WARTA.com -\nWali Kota\nBogor\nmeresmikan pasar.",
			[]string{"BOGOR, WARTA.com - Wali Kota Bogor meresmikan pasar."}},
		{"an opening word, a link, the sentence's comma",
			"Melansir\nWarta Pagi\n, Senin (1/6), harga turun.",
			[]string{"Melansir Warta Pagi, Senin (1/6), harga turun."}},
		{"a one-word heading, then a sentence opening with a link",
			"Sinopsis\nBudi Santoso\nadalah pelatih muda.",
			[]string{"Sinopsis", "Budi Santoso adalah pelatih muda."}},
		{"a quotation opening at the end of a line, a quotation closing on a word",
			"Polisi menyelidiki dugaan \"\npenipuan\n\" oleh pelaku.\nIa menulis “Tenang saja kok”\nyang dibagikan ribuan kali.",
			[]string{"Polisi menyelidiki dugaan \" penipuan \" oleh pelaku.", "Ia menulis “Tenang saja kok” yang dibagikan ribuan kali."}},
		{"a word in single quotes inside a sentence",
			"Polisi menyita sabu berlogo 'durian'\ndi tepi sungai.",
			[]string{"Polisi menyita sabu berlogo 'durian' di tepi sungai."}},
		{"a quotation that ends a sentence stays a break",
			"Ia berkata, “Kami siap.”\nkemudian pergi.",
			[]string{"Ia berkata, “Kami siap.”", "kemudian pergi."}},
		{"a camel-cased name opening a line",
			"Diberitakan\ndetikWarta\nsebelumnya, harga turun.",
			[]string{"Diberitakan", "detikWarta sebelumnya, harga turun."}},
		{"a table of contents whose entries head the sections below",
			"Daftar Isi\nSyarat Daftar\nCara Daftar\nBogor\n-\nPasar dibuka.\nSyarat Daftar\nMembawa KTP.\nCara Daftar\nDatang ke kantor.",
			[]string{"Bogor - Pasar dibuka.", "Syarat Daftar", "Membawa KTP.", "Cara Daftar", "Datang ke kantor."}},
		{"a table of contents' label at the top goes, even with its entries lost",
			"Daftar Isi\nBuku ini memuat sepuluh bab.",
			[]string{"Buku ini memuat sepuluh bab."}},
		{"entries printed again with their number, a colon or another case",
			"DAFTAR ISI:\n1. Syarat Daftar\n2) Cara Daftar\nPasar dibuka.\nSyarat daftar:\nMembawa KTP.\nCara daftar\nDatang ke kantor.",
			[]string{"Pasar dibuka.", "Syarat daftar:", "Membawa KTP.", "Cara daftar", "Datang ke kantor."}},
		{"entries between the label and the dateline that opens the text",
			"Daftar Isi\nSyarat Daftar Ulang\nCara Daftar Ulang\nBOGOR, WARTA.com - Pasar dibuka.\nPedagang senang.",
			[]string{"BOGOR, WARTA.com - Pasar dibuka.", "Pedagang senang."}},
		{"entries that are questions",
			"Daftar Isi\nKapan Pasar Dibuka?\nBogor\n-\nPasar dibuka.\nKapan Pasar Dibuka?\nSenin pagi.",
			[]string{"Bogor - Pasar dibuka.", "Kapan Pasar Dibuka?", "Senin pagi."}},
		{"an entry is a subheading, never a sentence printed twice",
			"Daftar Isi\nSyarat Daftar\nPasar dibuka.\nSyarat Daftar\nPasar dibuka.",
			[]string{"Pasar dibuka.", "Syarat Daftar", "Pasar dibuka."}},
		{"a label glued to the words after it",
			"Daftar IsiPasar dibuka.\nPedagang senang.",
			[]string{"Pasar dibuka.", "Pedagang senang."}},
		{"a label deep in the text with no entries found stays",
			"Pasar dibuka.\nPedagang senang.\nHarga turun.\nDaftar Isi\nBuku ini memuat sepuluh bab.",
			[]string{"Pasar dibuka.", "Pedagang senang.", "Harga turun.", "Daftar Isi", "Buku ini memuat sepuluh bab."}},
		{"dateline, lone dash, lead",
			"Bogor\n-\nPemkot menata pasar.\nPedagang setuju.",
			[]string{"Bogor - Pemkot menata pasar.", "Pedagang setuju."}},
		{"dateline, then the dash opening the lead",
			"BOGOR, WARTA.com\n- Pemkot menata pasar.",
			[]string{"BOGOR, WARTA.com - Pemkot menata pasar."}},
		{"a rule of dashes is dropped",
			"Pasar dibuka kembali.\n--------\nArtikel ini tayang di laman lain.",
			[]string{"Pasar dibuka kembali.", "Artikel ini tayang di laman lain."}},
		{"a sentence end stays a break",
			"Pasar dibuka kembali.\npedagang menyambut baik.",
			[]string{"Pasar dibuka kembali.", "pedagang menyambut baik."}},
		{"a blank line stays a break",
			"Pemerintah meminta warga\n\nsegera mengungsi.",
			[]string{"Pemerintah meminta warga", "segera mengungsi."}},
		{"tags stay one a line",
			"Pasar dibuka kembali.\n(abc/def)\npasar baru\nkota bogor",
			[]string{"Pasar dibuka kembali.", "(abc/def)", "pasar baru", "kota bogor"}},
		{"a heading then a sentence",
			"Pasar dibuka kembali.\nHarga Cabai\nHarga cabai turun.",
			[]string{"Pasar dibuka kembali.", "Harga Cabai", "Harga cabai turun."}},
		{"list labels and camel-cased words are not continuations",
			"Syaratnya sebagai berikut\na. Warga kota\nPonsel baru\niPhone 20 dirilis.",
			[]string{"Syaratnya sebagai berikut", "a. Warga kota", "Ponsel baru", "iPhone 20 dirilis."}},
		{"a heading is not glued to a link's text",
			"Profil Singkat\nBudi Santoso\nlahir di Bogor.",
			[]string{"Profil Singkat", "Budi Santoso lahir di Bogor."}},
		{"a capitals line stays",
			"HARGA PASAR HARI INI\nturun tipis.",
			[]string{"HARGA PASAR HARI INI", "turun tipis."}},
	}
	for _, tt := range tests {
		var lines []textLine
		blank := false
		for _, l := range strings.Split(tt.in, "\n") {
			if l == "" {
				blank = true
				continue
			}
			lines = append(lines, textLine{text: l, afterBlank: blank})
			blank = false
		}
		var got []string
		rejoinLines(lines, func(s string) { got = append(got, s) })
		if strings.Join(got, "¶") != strings.Join(tt.want, "¶") {
			t.Errorf("%s: rejoinLines = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestParseTextSplitDateline: a dateline split over lines is the dateline,
// not the title, and the lead is whole.
func TestParseTextSplitDateline(t *testing.T) {
	in := "Bogor\n-\nWali Kota Bogor\nmeresmikan pasar baru di pusat kota pada Senin pagi.\nPedagang menyambut baik pasar yang lebih bersih dan tertata itu.\nPasar ini menampung dua ratus pedagang."
	a, err := ParseText(in)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "" || a.Dateline.Place != "Bogor" {
		t.Errorf("title %q, dateline %+v; want no title, place Bogor", a.Title, a.Dateline)
	}
	if len(a.Paragraphs) == 0 || a.Paragraphs[0].Text != "Wali Kota Bogor meresmikan pasar baru di pusat kota pada Senin pagi." {
		t.Errorf("paragraphs %+v", a.Paragraphs)
	}
}

// TestBodyLists: a bulleted list stays in the body unless it reads as
// related links: headline-shaped items after a sentence end or a cue.
func TestBodyLists(t *testing.T) {
	tests := []struct {
		name, in      string
		paras, links  int
		firstParaItem string
	}{
		{"introduced by a colon", "Manfaat jahe bagi tubuh sebagai berikut:\n• Meredakan masuk angin\n• Menghangatkan badan saat hujan", 3, 0, "Meredakan masuk angin"},
		{"items that count things", "Hadiah undian tahun ini banyak sekali.\n• 20 Unit Mobil Baru\n• 15 Unit Motor Bebek", 3, 0, "20 Unit Mobil Baru"},
		{"items that are sentences", "Program ini berlaku sepekan.\n• Paket nelpon hanya berlaku lima hari, mulai Senin.\n• Kuota bisa dipakai ke semua operator.", 3, 0, "Paket nelpon hanya berlaku lima hari, mulai Senin."},
		{"headlines after a sentence end are related", "Warga resah dengan kejadian itu. • Tim SAR Temukan Korban Hanyut di Sungai • Harga Cabai Naik Lagi Jelang Akhir Tahun", 1, 2, ""},
		{"a related cue's list stays related", "Warga resah dengan kejadian itu.\nBaca juga:\n• Tim SAR Temukan Korban Hanyut di Sungai Besar", 1, 1, ""},
		{"a related cue's short title stays related", "Warga resah dengan kejadian itu.\nBaca juga:\n• Banjir Bogor", 1, 1, ""},
	}
	for _, tt := range tests {
		blocks := textBlocks(tt.in)
		paras, links := 0, 0
		first := ""
		for _, b := range blocks {
			switch {
			case b.related:
				links++
			case isBareLabel(b.text):
			default:
				paras++
				if b.item && first == "" {
					first = b.text
				}
			}
		}
		if paras != tt.paras || links != tt.links || first != tt.firstParaItem {
			t.Errorf("%s: %d paragraphs, %d links, first item %q; want %d, %d, %q (%+v)", tt.name, paras, links, first, tt.paras, tt.links, tt.firstParaItem, blocks)
		}
	}
}

// TestSpaceBreak: a run of white space after a sentence end, inside a line,
// is a paragraph break a scraper kept as the page's indentation; a list
// label's spacing and a typist's two spaces are not.
func TestSpaceBreak(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Harga turun.\u202f\u202f\u202f\u202f Pedagang senang.", []string{"Harga turun.", "Pedagang senang."}},
		{"Ia pergi,” kata Budi. \u00a0 Menurut dia, harga turun.", []string{"Ia pergi,” kata Budi.", "Menurut dia, harga turun."}},
		{"Apa sebabnya?      Pasar sepi.    Warga pulang.", []string{"Apa sebabnya?", "Pasar sepi.", "Warga pulang."}},
		{"Harga turun.  Pedagang senang.", []string{"Harga turun. Pedagang senang."}},
		{"1.\u00a0\u00a0\u00a0 Piala Eropa", []string{"1. Piala Eropa"}},
		{"Syaratnya a.    Warga kota", []string{"Syaratnya a. Warga kota"}},
		{"Harga turun.     lalu naik lagi.", []string{"Harga turun. lalu naik lagi."}},
		{"Am      Em      F", []string{"Am Em F"}},
	}
	for _, tt := range tests {
		checkBlockTexts(t, tt.in, tt.want)
	}
}

// TestSeparateGlued: a space lost at a link's edge is put back only where
// the body writes the capitalised word on its own elsewhere.
func TestSeparateGlued(t *testing.T) {
	rest := "Adam tiba kemarin di Jakarta dengan pesawat. OS baru dirilis."
	tests := []struct{ in, want string }{
		{"Klub itu mendatangkanAdam Kowalski dari Polandia.", "Klub itu mendatangkan Adam Kowalski dari Polandia."},
		{"Warga diJakarta senang.", "Warga di Jakarta senang."},                                            // "di" is written alone elsewhere
		{"Ia membeli iPhone dan memakai macOS.", "Ia membeli iPhone dan memakai macOS."},                   // "mac" is no word here
		{"Warta detikAdam terbit. Lalu detikAdam tutup.", "Warta detikAdam terbit. Lalu detikAdam tutup."}, // a name written so twice
		{"Kunjungi situs warta.com/beritaAdam hari ini.", "Kunjungi situs warta.com/beritaAdam hari ini."},
		{"Ikuti @wartaAdam di media sosial.", "Ikuti @wartaAdam di media sosial."},
		{"Tokoh itu disebut sebagaiBudiman.", "Tokoh itu disebut sebagaiBudiman."}, // "Budiman" is not written alone
		{"Warga (diJakarta) senang.", "Warga (di Jakarta) senang."},
	}
	for _, tt := range tests {
		if got := separateGlued(tt.in, &bodyWords{text: rest + "\n" + tt.in}); got != tt.want {
			t.Errorf("separateGlued(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGluedWordsOnlyInGluedLines: words are separated only in a line whose
// sentences are glued too, the trace of a scraper that dropped the white
// space at every text node's edge; a line that kept its spaces is kept.
func TestGluedWordsOnlyInGluedLines(t *testing.T) {
	glued := "Klub itu resmi mendatangkanAdam Kowalski.Adam tiba di Bogor.Ia disambut pengurus.Latihan dimulai Senin."
	spaced := "Klub itu resmi mendatangkanAdam Kowalski. Adam tiba di Bogor. Ia disambut pengurus. Latihan dimulai Senin."
	var got []string
	for _, b := range textBlocks(glued) {
		got = append(got, b.text)
	}
	if want := "Klub itu resmi mendatangkan Adam Kowalski."; len(got) == 0 || got[0] != want {
		t.Errorf("glued line: %q, want first %q", got, want)
	}
	got = got[:0]
	for _, b := range textBlocks(spaced) {
		got = append(got, b.text)
	}
	if len(got) != 1 || got[0] != spaced {
		t.Errorf("spaced line: %q, want it as it is", got)
	}
	for s, want := range map[string]bool{
		glued:                                 true,
		spaced:                                false,
		"Ny.Astita dan Drs.Audy hadir.Acara.": false, // titles before names, one glue
		"Harga turun.”Kami senang,” katanya.":   false,
		"Kata dia.”Kami.”Lalu (1/6).Warga pun.": true,
	} {
		if sentencesGlued(s) != want {
			t.Errorf("sentencesGlued(%q) = %v, want %v", s, !want, want)
		}
	}
}

// TestSpeechTagBreak: in a body stored as one line with its paragraphs
// joined by spaces, a quotation closed with its speech tag ends its
// paragraph; a quotation that is not speech, a period inside a bracket and
// a body that kept its lines are left alone.
func TestSpeechTagBreak(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`Warga mengungsi ke balai desa. "Kami tidak punya tempat lain," kata Budi di Bogor, Senin (1/6/2025). Bantuan datang sore harinya.`,
			[]string{`Warga mengungsi ke balai desa.`, `"Kami tidak punya tempat lain," kata Budi di Bogor, Senin (1/6/2025).`, `Bantuan datang sore harinya.`}},
		{`“Air naik cepat,” begitu katanya. Warga pun mengungsi.`,
			[]string{`“Air naik cepat,” begitu katanya.`, `Warga pun mengungsi.`}},
		{`Penonton berteriak "Indonesia! Indonesia!" menggema di stadion. Laga dimulai.`,
			[]string{`Penonton berteriak "Indonesia! Indonesia!" menggema di stadion. Laga dimulai.`}},
		{`“Petugas sigap,” ujar Kepala Pengamanan Lapas (Ka. KPLP) Budi. Barang disita.`,
			[]string{`“Petugas sigap,” ujar Kepala Pengamanan Lapas (Ka. KPLP) Budi.`, `Barang disita.`}},
		{`“Petugas sigap,” ujar Kepala Pengamanan Lapas (Ka. KPLP), Budi.`,
			[]string{`“Petugas sigap,” ujar Kepala Pengamanan Lapas (Ka. KPLP), Budi.`}},
	}
	for _, tt := range tests {
		checkBlockTexts(t, tt.in, tt.want)
	}
	// A body that kept its lines keeps its paragraphs as the lines give them.
	in := "Judul Berita Banjir di Bogor\n\"Kami tidak punya tempat lain,\" kata Budi. Bantuan datang sore harinya."
	if got := textBlocks(in); len(got) != 2 {
		t.Errorf("textBlocks(%q) = %+v, want the two lines", in, got)
	}
}

// TestContentsNeverTitle: a table of contents at the top of a text, its
// entries found below or not, is neither the title nor a paragraph.
func TestContentsNeverTitle(t *testing.T) {
	body := "Pemerintah provinsi memperpanjang program pemutihan pajak kendaraan bermotor hingga akhir bulan depan.\n" +
		"Warga cukup membayar pajak tahun berjalan tanpa melunasi tunggakan tahun-tahun sebelumnya.\n" +
		"Kantor layanan dibuka hingga malam selama program berlangsung."
	for _, in := range []string{
		"Daftar Isi\n" + body,
		"Daftar Isi\nSyarat Pemutihan\nJakarta\n-\n" + body,
		"DAFTAR ISI\n1. Syarat Pemutihan\n" + body + "\nSyarat Pemutihan:\nMembawa KTP asli.",
		"Daftar Isi:\n" + body,
	} {
		a, err := ParseText(in)
		if err != nil {
			t.Fatalf("ParseText(%q): %v", in, err)
		}
		if contentsLabel(a.Title) || strings.HasPrefix(a.Title, "Syarat") {
			t.Errorf("ParseText(%q): title %q", in, a.Title)
		}
		for _, p := range a.Paragraphs {
			if strings.Contains(strings.ToLower(p.Text), "daftar isi") {
				t.Errorf("ParseText(%q): paragraph %q", in, p.Text)
			}
		}
		if len(a.Paragraphs) == 0 || !strings.HasPrefix(a.Paragraphs[0].Text, "Pemerintah provinsi") {
			t.Errorf("ParseText(%q): first paragraph %+v", in, a.Paragraphs)
		}
	}
}

// TestGluedCredits: credits a scraper glued after the last sentence of a
// one-line body are credits, not text.
func TestGluedCredits(t *testing.T) {
	body := "JAKARTA, KOMPAS.com - Pemerintah provinsi memperpanjang program pemutihan pajak kendaraan bermotor hingga akhir bulan depan. " +
		"Warga cukup membayar pajak tahun berjalan tanpa melunasi tunggakan tahun sebelumnya."
	for _, tail := range []string{" (Reporter: Ani Lestari | Editor: Budi Santoso)", " Penulis: Ani Lestari Editor: Budi Santoso", "Penulis: Ani Lestari | Editor: Budi Santoso"} {
		a, err := ParseText(body + tail)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(a.Authors, ",") != "Ani Lestari" || strings.Join(a.Editors, ",") != "Budi Santoso" {
			t.Errorf("%q: authors %q, editors %q", tail, a.Authors, a.Editors)
		}
		for _, p := range a.Paragraphs {
			if strings.Contains(p.Text, "Lestari") {
				t.Errorf("%q: credit left in %q", tail, p.Text)
			}
		}
	}
}

// TestSpacedHeading: a subheading joined to its paragraph with a space is
// cut where a word that only opens a sentence follows its title-case run;
// names that run on in capitals, a run of one word and a sentence that
// goes on in lower case are left alone.
func TestSpacedHeading(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`Warga mengeluh di media sosial. Keluhan di Media Sosial Berdasarkan pantauan, banyak yang kecewa.`,
			[]string{`Warga mengeluh di media sosial.`, `Keluhan di Media Sosial`, `Berdasarkan pantauan, banyak yang kecewa.`}},
		{`Ponsel itu tipis. Kamera Tiga Lensa 50MP Di sektor fotografi, ponsel ini unggul.`,
			[]string{`Ponsel itu tipis.`, `Kamera Tiga Lensa 50MP`, `Di sektor fotografi, ponsel ini unggul.`}},
		// A name with a capitalised word inside it runs on in capitals.
		{`Rapat digelar pagi. Kementerian Dalam Negeri menyatakan hal itu.`,
			[]string{`Rapat digelar pagi. Kementerian Dalam Negeri menyatakan hal itu.`}},
		// One title-case word is a sentence's subject, not a heading.
		{`Rapat digelar pagi. Kemudian Dalam rapat itu hadir semua.`,
			[]string{`Rapat digelar pagi. Kemudian Dalam rapat itu hadir semua.`}},
		// Punctuation inside the run: not a heading.
		{`Rapat digelar pagi. Budi, Ketua RT Untuk warga, semua hadir.`,
			[]string{`Rapat digelar pagi. Budi, Ketua RT Untuk warga, semua hadir.`}},
	}
	for _, tt := range tests {
		checkBlockTexts(t, tt.in, tt.want)
	}
	// Uncleaned text: a word that is empty between two spaces ends the run.
	for _, in := range []string{"Rapat digelar pagi.  Keluhan Warga Menurut data, ramai.", "Rapat digelar pagi. Keluhan  Warga Menurut data."} {
		var got []string
		splitSentences(in, true, anyCue, func(s string) { got = append(got, s) })
		if len(got) != 1 || got[0] != in {
			t.Errorf("splitSentences(%q) = %q, want it whole", in, got)
		}
	}
}

// checkBlockTexts checks that textBlocks cuts in into blocks of the texts
// want.
func checkBlockTexts(t *testing.T, in string, want []string) {
	t.Helper()
	var got []string
	for _, b := range textBlocks(in) {
		got = append(got, b.text)
	}
	if strings.Join(got, "¶") != strings.Join(want, "¶") {
		t.Errorf("textBlocks(%q) = %q, want %q", in, got, want)
	}
}

// TestOpeningCredit: a "Laporan …" or "Oleh: …" line above the dateline
// is the writer's credit, in each of the shapes outlets print it, and
// never the title; a headline that opens with "Laporan" and whose words
// the body writes in lower case stays the title.
func TestOpeningCredit(t *testing.T) {
	body := "\nWARTAKOTA.COM, BANDUNG - Hujan deras membuat sungai di pinggir kota meluap dan merendam puluhan rumah warga pada Minggu malam.\n\n" +
		"Petugas mengevakuasi warga ke balai desa dan membagikan makanan serta selimut hingga pagi.\n\n" +
		"Laporan keuangan desa menyebut dana darurat cukup untuk sepekan.\n"
	for _, tc := range []struct{ first, author string }{
		{"Laporan Rina Marlina", "Rina Marlina"},
		{"Laporan Rina Marlina I Bandung Barat", "Rina Marlina"},
		{"Laporan Rina Marlina l Bandung", "Rina Marlina"},
		{"Laporan Rina Marlina | Bandung", "Rina Marlina"},
		{"Laporan Reporter Warta Kota Rina Marlina", "Rina Marlina"},
		{"Laporan Langsung Reporter Wartakota.com Rina Marlina dari Bandung", "Rina Marlina"},
		{"Oleh: Rina MarlinaDosen Fakultas Hukum Universitas Bandung", "Rina Marlina"},
		{"Oleh: Rina Marlina, dosen fakultas hukum", "Rina Marlina"},
	} {
		a, err := ParseText(tc.first + "\n" + body)
		require.NoError(t, err, tc.first)
		assert.Equal(t, []string{tc.author}, a.Authors, tc.first)
		assert.Empty(t, a.Title, tc.first)
		assert.Equal(t, "BANDUNG", a.Dateline.Place, tc.first)
	}
	// A headline whose words the body writes in lower case, and a
	// reporter's outlet that is not the dateline's, are no credit.
	for _, first := range []string{"Laporan Keuangan Desa", "Laporan Reporter Harian Lain Rina Marlina"} {
		a, err := ParseText(first + "\n" + body)
		require.NoError(t, err, first)
		assert.Empty(t, a.Authors, first)
		assert.Equal(t, first, a.Title, first)
	}
}

// TestClosingSignOff: the outlet and the writer in brackets closing the
// last paragraph ("… kata dia. (Warta.co.id/Nama Penulis)") are the
// writer's credit, out of the text; the outlet is no writer.
func TestClosingSignOff(t *testing.T) {
	for _, tc := range []struct{ close, author string }{
		{" (Wartaharian.co.id/Rina Marlina)", "Rina Marlina"},
		{"(Wartaharian.com / Rina Marlina)", "Rina Marlina"},
		{" (Wartaharian.com/Wartaharian.com)", ""},
	} {
		a := parseTextStory(t, "\nPanitia berharap festival digelar lagi tahun depan."+tc.close+"\n")
		last := a.Paragraphs[len(a.Paragraphs)-1].Text
		assert.Equal(t, "Panitia berharap festival digelar lagi tahun depan.", last, tc.close)
		assertAuthor(t, tc.author, a.Authors, tc.close)
	}
}

// TestClosingCapsByline: a name in capitals closing the text is its
// writer's (Tempo's "DINI TEJA"), a wire agency too; a heading in
// capitals whose words the text writes in lower case ("BABAK KEDUA") is
// no name.
func TestClosingCapsByline(t *testing.T) {
	for _, tc := range []struct{ last, author string }{
		{"RINA MARLINA", "RINA MARLINA"},
		{"ANTARA", "ANTARA"},
		{"BABAK KEDUA", ""},
	} {
		a := parseTextStory(t, "\nPada babak kedua lomba, layang-layang terbesar terbang paling tinggi di antara semua peserta.\n\n"+tc.last+"\n")
		assertAuthor(t, tc.author, a.Authors, tc.last)
	}
}

// TestLabelThenHeadline: "Baca juga:" on a line of its own, then the
// linked headline on the next, is a related link, out of the text; a
// label with no colon, or a line after it that is a sentence or opens a
// quotation, is no link.
func TestLabelThenHeadline(t *testing.T) {
	const headline = "Harga Cabai di Pasar Induk Turun Tajam Jelang Panen"
	a := parseTextStory(t, "\nBaca juga:\n"+headline+"\n\nPanitia berharap festival digelar lagi tahun depan.\n")
	require.Len(t, a.Related, 1)
	assert.Equal(t, headline, a.Related[0].Title)
	assert.NotContains(t, paragraphTexts(a), headline)
	for _, tail := range []string{
		"\nBaca Juga\n" + headline + "\n",
		"\nBaca juga:\nHarga cabai di pasar induk turun tajam jelang panen.\n",
		"\nBaca juga:\n\"Harga Cabai di Pasar Induk Turun Tajam\n",
	} {
		a := parseTextStory(t, tail+"\nPanitia berharap festival digelar lagi tahun depan.\n")
		assert.Empty(t, a.Related, tail)
	}
}

// assertAuthor checks that authors is the one author want, or empty when
// want is.
func assertAuthor(t *testing.T, want string, authors []string, msg string) {
	t.Helper()
	if want == "" {
		assert.Empty(t, authors, msg)
	} else {
		assert.Equal(t, []string{want}, authors, msg)
	}
}
