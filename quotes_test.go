package berita

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// paras builds text paragraphs; a line starting with "## " is a heading.
func paras(lines ...string) []Paragraph {
	var ps []Paragraph
	for _, l := range lines {
		if h, ok := strings.CutPrefix(l, "## "); ok {
			ps = append(ps, Paragraph{Text: h, Kind: KindHeading})
			continue
		}
		ps = append(ps, Paragraph{Text: l, Kind: KindText})
	}
	return ps
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name  string
		paras []Paragraph
		want  []Quote
	}{
		// --- Reporting verb after the quote, speaker after the verb.
		{
			// ujar X, stopped at "di" (Tribunnews style, curly marks).
			"ujar X di",
			paras("“Harga beras naik tiga kali dalam sebulan,” ujar Kepala Dinas Perdagangan Budi Santoso di Bandung, Senin (3/7)."),
			[]Quote{{Text: "Harga beras naik tiga kali dalam sebulan,", Speaker: "Kepala Dinas Perdagangan Budi Santoso", Verb: "ujar"}},
		},
		{
			// A description with a social-media handle names the person whose name the handle spells.
			"handle owner",
			paras("Pengakuan itu datang dari model Arif Edison saat sesi foto di Lombok.",
				"“Saat itu saya harus ganti kostum di bukit,” kata pemilik akun Instagram @arifedisoncai ini."),
			[]Quote{{Text: "Saat itu saya harus ganti kostum di bukit,", Speaker: "Arif Edison", Verb: "kata", Paragraph: 1}},
		},
		{
			// A description closed by itu after a relative clause points back.
			"pria yang ... itu",
			paras("“Saya kaget dan tidak bisa apa-apa,” kata Arif Edison.",
				"“Tidak ada permisi sama sekali,” tutur pria yang berprofesi sebagai pengacara itu."),
			[]Quote{{Text: "Saya kaget dan tidak bisa apa-apa,", Speaker: "Arif Edison", Verb: "kata"},
				{Text: "Tidak ada permisi sama sekali,", Speaker: "Arif Edison", Verb: "tutur", Paragraph: 1}},
		},
		{
			// A relative clause that does not point back names no one.
			"pria yang ... di",
			paras("“Saya kaget dan tidak bisa apa-apa,” kata Arif Edison.",
				"“Antreannya panjang sekali,” tutur pria yang bekerja di pasar."),
			[]Quote{{Text: "Saya kaget dan tidak bisa apa-apa,", Speaker: "Arif Edison", Verb: "kata"},
				{Text: "Antreannya panjang sekali,", Verb: "tutur", Paragraph: 1}},
		},
		{
			// "Hanya" opens a sentence as a function word, never a name.
			"Hanya opens no name",
			paras("“Kongres mundur karena panitianya berhalangan,” ungkap Aria Bima.",
				"Ia menyebut ketua umum sudah menunjuk pelaksana baru. Hanya, ia enggan mengungkap siapa yang ditunjuk.",
				"“Yang menyiapkan masih menyelesaikan persoalan hukum,” bebernya."),
			[]Quote{{Text: "Kongres mundur karena panitianya berhalangan,", Speaker: "Aria Bima", Verb: "ungkap"},
				{Text: "Yang menyiapkan masih menyelesaikan persoalan hukum,", Speaker: "Aria Bima", Verb: "bebernya", Paragraph: 2}},
		},
		{
			// A handle no name of the article spells leaves the description.
			"handle of no one named",
			paras("Warganet ramai membicarakan unggahan itu di media sosial.",
				"“Saya kaget sekali melihatnya,” tulis pemilik akun @kucingoren123."),
			[]Quote{{Text: "Saya kaget sekali melihatnya,", Speaker: "pemilik akun @kucingoren123", Verb: "tulis", Paragraph: 1}},
		},
		{
			// A closing mark glued where a quote opens: after a sentence's end, before a capital.
			"glued closing mark opens",
			paras("Upaya itu dilakukan dari hulu ke hilir.”Kegiatan ini akan terus kami masifkan sampai wabah berakhir,” pungkas Lihadnyana."),
			[]Quote{{Text: "Kegiatan ini akan terus kami masifkan sampai wabah berakhir,", Speaker: "Lihadnyana", Verb: "pungkas"}},
		},
		{
			// A subject after an opening phrase of time is who "katanya" stands for.
			"subject after an opener",
			paras(`"Kami tidak ingin perlombaan senjata," kata Nawaz Sharif, Perdana Menteri Pakistan.`,
				"Para pejabat Pakistan mengatakan, uji coba dilakukan di bawah tanah.",
				"Tak lama setelah itu, Perdana Menteri Nawaz Sharif berbicara kepada masyarakat di televisi.",
				`"Hari ini sejarah sedang dibuat," katanya.`),
			[]Quote{{Text: "Kami tidak ingin perlombaan senjata,", Speaker: "Perdana Menteri Nawaz Sharif", Verb: "kata"},
				{Text: "Hari ini sejarah sedang dibuat,", Speaker: "Perdana Menteri Nawaz Sharif", Verb: "katanya", Paragraph: 3}},
		},
		{
			// An acting official's title abbreviated with a period (regional outlets).
			"kata Pjs. title",
			paras("“Penyemprotan ini kami lakukan di seluruh kecamatan,” kata Pjs. Bupati Badung I Ketut Lihadnyana, Jumat (9/10)."),
			[]Quote{{Text: "Penyemprotan ini kami lakukan di seluruh kecamatan,", Speaker: "Pjs. Bupati Badung I Ketut Lihadnyana", Verb: "kata"}},
		},
		{
			// kata X with a date after a comma (CNN Indonesia style).
			"kata X, date",
			paras(`"Tim gabungan masih menyisir pantai utara," kata Rudi Hartono, Kamis (3/7).`),
			[]Quote{{Text: "Tim gabungan masih menyisir pantai utara,", Speaker: "Rudi Hartono", Verb: "kata"}},
		},
		{
			// ungkap X kepada (Detik style).
			"ungkap X kepada",
			paras(`"Kami sudah menyiapkan tiga posko pengungsian," ungkap Sari Wulandari kepada wartawan.`),
			[]Quote{{Text: "Kami sudah menyiapkan tiga posko pengungsian,", Speaker: "Sari Wulandari", Verb: "ungkap"}},
		},
		{
			// jelas X with the fullest form found earlier in the article.
			"jelas surname to fullest form",
			paras(
				"Menteri Perhubungan Agus Pranoto meninjau pelabuhan.",
				`"Kapal tambahan akan berangkat malam ini," jelas Pranoto.`,
			),
			[]Quote{{Text: "Kapal tambahan akan berangkat malam ini,", Speaker: "Menteri Perhubungan Agus Pranoto", Verb: "jelas", Paragraph: 1}},
		},
		{
			// tutur X saat.
			"tutur X saat",
			paras(`"Anak-anak sudah kembali bersekolah sejak pekan lalu," tutur Ani saat ditemui.`),
			[]Quote{{Text: "Anak-anak sudah kembali bersekolah sejak pekan lalu,", Speaker: "Ani", Verb: "tutur"}},
		},
		{
			// tambah, lanjut, imbuh, terang, tegas, ucap, papar, sebut, pesan, sambung.
			"other verb-first verbs",
			paras(
				`"Stok gula aman sampai akhir tahun ini," tambah Dewi.`,
				`"Distribusi ke daerah terpencil dipercepat pekan depan," lanjut Dewi.`,
				`"Harga di pasar tradisional mulai turun sedikit," imbuh Dewi.`,
				`"Operasi pasar digelar di dua puluh titik," terang Dewi.`,
				`"Penimbun akan kami tindak dengan tegas," tegas Dewi.`,
				`"Warga tidak perlu panik membeli gula," ucap Dewi.`,
				`"Pasokan dari Jawa Timur sudah tiba kemarin," papar Dewi.`,
				`"Gudang Bulog masih menyimpan cukup banyak," sebut Dewi.`,
				`"Belilah secukupnya saja untuk kebutuhan rumah," pesan Dewi.`,
				`"Kami akan terus memantau harga setiap hari," sambung Dewi.`,
			),
			[]Quote{
				{Text: "Stok gula aman sampai akhir tahun ini,", Speaker: "Dewi", Verb: "tambah"},
				{Text: "Distribusi ke daerah terpencil dipercepat pekan depan,", Speaker: "Dewi", Verb: "lanjut", Paragraph: 1},
				{Text: "Harga di pasar tradisional mulai turun sedikit,", Speaker: "Dewi", Verb: "imbuh", Paragraph: 2},
				{Text: "Operasi pasar digelar di dua puluh titik,", Speaker: "Dewi", Verb: "terang", Paragraph: 3},
				{Text: "Penimbun akan kami tindak dengan tegas,", Speaker: "Dewi", Verb: "tegas", Paragraph: 4},
				{Text: "Warga tidak perlu panik membeli gula,", Speaker: "Dewi", Verb: "ucap", Paragraph: 5},
				{Text: "Pasokan dari Jawa Timur sudah tiba kemarin,", Speaker: "Dewi", Verb: "papar", Paragraph: 6},
				{Text: "Gudang Bulog masih menyimpan cukup banyak,", Speaker: "Dewi", Verb: "sebut", Paragraph: 7},
				{Text: "Belilah secukupnya saja untuk kebutuhan rumah,", Speaker: "Dewi", Verb: "pesan", Paragraph: 8},
				{Text: "Kami akan terus memantau harga setiap hari,", Speaker: "Dewi", Verb: "sambung", Paragraph: 9},
			},
		},
		{
			// A lower-case description is the speaker up to the stop word.
			"lower-case description",
			paras(`"Jalan tol ditutup sementara," kata petugas jasa marga di lokasi.`),
			[]Quote{{Text: "Jalan tol ditutup sementara,", Speaker: "petugas jasa marga", Verb: "kata"}},
		},
		{
			// kata seorang pejabat. (unnamed source)
			"seorang pejabat",
			paras(`"Keputusan itu belum final," kata seorang pejabat.`),
			[]Quote{{Text: "Keputusan itu belum final,", Speaker: "seorang pejabat", Verb: "kata"}},
		},
		{
			// Apposition: description, name (Antara style).
			"apposition",
			paras(`"Pelaku sudah kami amankan," kata Kapolsek Cibeunying, AKP Dedi Kurnia, di Bandung.`),
			[]Quote{{Text: "Pelaku sudah kami amankan,", Speaker: "AKP Dedi Kurnia", Verb: "kata"}},
		},
		// --- Pronouns and -nya verbs resolved to the last speaker.
		{
			// ujarnya after a subject introduced with "mengatakan".
			"ujarnya after X mengatakan",
			paras(
				"Sementara itu, Dinas Kesehatan Kota Medan mengatakan, vaksin sudah tersedia di puskesmas.",
				`"Warga bisa datang tanpa mendaftar lebih dulu," ujarnya.`,
			),
			[]Quote{{Text: "Warga bisa datang tanpa mendaftar lebih dulu,", Speaker: "Dinas Kesehatan Kota Medan", Verb: "ujarnya", Paragraph: 1}},
		},
		{
			// katanya, tegasnya, jelasnya, paparnya after a named speaker.
			"-nya verbs chain",
			paras(
				`"Sekolah dibuka lagi mulai Senin depan," kata Rina Marlina.`,
				`"Semua guru sudah divaksin lengkap," katanya.`,
				`"Protokol kesehatan tetap wajib dijalankan," tegasnya.`,
				`"Kantin sekolah belum boleh buka dulu," jelasnya.`,
				`"Evaluasi dilakukan setiap dua minggu," paparnya.`,
			),
			[]Quote{
				{Text: "Sekolah dibuka lagi mulai Senin depan,", Speaker: "Rina Marlina", Verb: "kata"},
				{Text: "Semua guru sudah divaksin lengkap,", Speaker: "Rina Marlina", Verb: "katanya", Paragraph: 1},
				{Text: "Protokol kesehatan tetap wajib dijalankan,", Speaker: "Rina Marlina", Verb: "tegasnya", Paragraph: 2},
				{Text: "Kantin sekolah belum boleh buka dulu,", Speaker: "Rina Marlina", Verb: "jelasnya", Paragraph: 3},
				{Text: "Evaluasi dilakukan setiap dua minggu,", Speaker: "Rina Marlina", Verb: "paparnya", Paragraph: 4},
			},
		},
		{
			// kata dia, ia menambahkan, X menuturkan.
			"kata dia and ia menambahkan",
			paras(
				`Bupati Sleman Hendra Wijaya menuturkan, "Bantuan sudah kami salurkan kemarin sore."`,
				`"Sisanya menyusul minggu depan," kata dia.`,
				`"Kami juga membuka dapur umum," ia menambahkan.`,
			),
			[]Quote{
				{Text: "Bantuan sudah kami salurkan kemarin sore.", Speaker: "Bupati Sleman Hendra Wijaya", Verb: "menuturkan"},
				{Text: "Sisanya menyusul minggu depan,", Speaker: "Bupati Sleman Hendra Wijaya", Verb: "kata", Paragraph: 1},
				{Text: "Kami juga membuka dapur umum,", Speaker: "Bupati Sleman Hendra Wijaya", Verb: "menambahkan", Paragraph: 2},
			},
		},
		{
			// Menurut X, "..."
			"menurut X",
			paras(`Menurut Joko Susilo, "Banjir ini yang terbesar sejak 2007."`),
			[]Quote{{Text: "Banjir ini yang terbesar sejak 2007.", Speaker: "Joko Susilo", Verb: "Menurut"}},
		},
		{
			// A description with "itu" stands for the last speaker.
			"anaphoric description",
			paras(
				`"Anggaran sudah kami ajukan ke DPRD," kata Yuddy Hermawan.`,
				`"Tinggal menunggu persetujuan saja," kata politisi Partai Hijau itu.`,
			),
			[]Quote{
				{Text: "Anggaran sudah kami ajukan ke DPRD,", Speaker: "Yuddy Hermawan", Verb: "kata"},
				{Text: "Tinggal menunggu persetujuan saja,", Speaker: "Yuddy Hermawan", Verb: "kata", Paragraph: 1},
			},
		},
		{
			// An alias in parentheses names the same person.
			"alias in parentheses",
			paras(
				"Gubernur Jawa Tengah Ganjar Wicaksono (Gawi) meresmikan jembatan baru.",
				`"Jembatan ini memangkas waktu tempuh separuhnya," kata Gawi.`,
			),
			[]Quote{{Text: "Jembatan ini memangkas waktu tempuh separuhnya,", Speaker: "Gubernur Jawa Tengah Ganjar Wicaksono", Verb: "kata", Paragraph: 1}},
		},
		// --- Marks and spans.
		{
			// A quote over two paragraphs: one entry per paragraph, one speaker.
			"quote over two paragraphs",
			paras(
				`"Pertama, kami memperbaiki tanggul yang jebol di hulu sungai.`,
				`"Kedua, kami memindahkan warga ke tempat yang lebih aman," kata Camat Lestari Handayani.`,
			),
			[]Quote{
				{Text: "Pertama, kami memperbaiki tanggul yang jebol di hulu sungai.", Speaker: "Camat Lestari Handayani"},
				{Text: "Kedua, kami memindahkan warga ke tempat yang lebih aman,", Speaker: "Camat Lestari Handayani", Verb: "kata", Paragraph: 1},
			},
		},
		{
			// Mixed marks: a straight opening mark closed by a curly one.
			"mixed marks",
			paras(`"Semua jalur evakuasi sudah dibuka,” kata Wahyu.`),
			[]Quote{{Text: "Semua jalur evakuasi sudah dibuka,", Speaker: "Wahyu", Verb: "kata"}},
		},
		{
			// A quote inside a quote is not a separate quote.
			"nested single quotes",
			paras(`“Warga bilang 'kami tidak mau pindah dari sini', jadi kami berdialog,” ujar Lurah Sukma.`),
			[]Quote{{Text: "Warga bilang 'kami tidak mau pindah dari sini', jadi kami berdialog,", Speaker: "Lurah Sukma", Verb: "ujar"}},
		},
		{
			// A single-quoted partial quotation of 3+ words belongs to the sentence's subject.
			"single-quoted partial quotation",
			paras("Ketua KPU, Hasan Basri, menegaskan pemilu ulang adalah 'pilihan yang paling adil'."),
			[]Quote{{Text: "pilihan yang paling adil", Speaker: "Hasan Basri", Verb: "menegaskan"}},
		},
		{
			// Scare quotes, nicknames, titles and apostrophes are not quotes.
			"not quotes",
			paras(
				`Ia menyebut lawannya “masalah” dan memanggilnya "paman".`,
				`Film "Habibie dan Ainun" diputar ulang pada hari Jum'at di Taman Ismail Marzuki.`,
				"Gedung itu dijuluki 'rumah hantu tua' oleh warga.",
			),
			nil,
		},
		{
			// A second quote without a verb takes the speaker of the first.
			"second quote in paragraph",
			paras(`"Olahraga bisa dilakukan di mana saja," tutur Andika. "Misalnya naik tangga di kantor."`),
			[]Quote{
				{Text: "Olahraga bisa dilakukan di mana saja,", Speaker: "Andika", Verb: "tutur"},
				{Text: "Misalnya naik tangga di kantor.", Speaker: "Andika"},
			},
		},
		{
			// A heading keeps its index but holds no quote.
			"heading index",
			paras(
				`## "Kami Siap Menang" Kata Pelatih`,
				`"Tim sudah berlatih keras sebulan penuh," ujar pelatih Rahmat.`,
			),
			[]Quote{{Text: "Tim sudah berlatih keras sebulan penuh,", Speaker: "pelatih Rahmat", Verb: "ujar", Paragraph: 1}},
		},
		// --- A title before the name: the person is the name the article
		// uses on its own elsewhere, further along the same clause.
		{
			"title selaku org, then name",
			paras(
				`"Pemasangan gelagar terakhir selesai dini hari tadi," ujar Direktur Utama PT Sarana Jalan Nusa (SJN) selaku pengelola Jalan Tol Lingkar Timur Hendra Wiratama dalam keterangan tertulis.`,
				`Hendra menjelaskan, pengecoran dimulai pekan depan.`,
			),
			[]Quote{{Text: "Pemasangan gelagar terakhir selesai dini hari tadi,", Speaker: "Hendra Wiratama", Verb: "ujar"}},
		},
		{
			// The article uses the surname alone: the given name before
			// it belongs to the name.
			"title, then a name whose surname is used alone",
			paras(
				`"Semua gelagar sudah terpasang," ujar Direktur Utama PT Sarana Jalan Nusa (SJN) Budi Santoso dalam siaran pers.`,
				`Santoso menjelaskan, pengecoran dimulai pekan depan.`,
			),
			[]Quote{{Text: "Semua gelagar sudah terpasang,", Speaker: "Budi Santoso", Verb: "ujar"}},
		},
		{
			"title, organisation, name",
			paras(
				`"Semua operator wajib menyediakan akses yang ramah," ujar Kepala Badan Pelatihan Pegawai, Kementerian Kelautan, Ratnasari Dewi Anggraini, mewakili menteri.`,
				`Ratnasari menjelaskan aturan itu berlaku tahun depan.`,
			),
			[]Quote{{Text: "Semua operator wajib menyediakan akses yang ramah,", Speaker: "Ratnasari Dewi Anggraini", Verb: "ujar"}},
		},
		{
			// A common noun opening a sentence is not a name used alone.
			"common noun is no name",
			paras(
				`"Harga garam jatuh lagi," ujar Suryadi Tompo, Ketua Kelompok Nelayan Garam Pesisir, Selasa (16/9).`,
				`Nelayan berharap harga naik. Para nelayan menunggu.`,
			),
			[]Quote{{Text: "Harga garam jatuh lagi,", Speaker: "Suryadi Tompo", Verb: "ujar"}},
		},
		{
			// The speaker, then her office: no lookahead into the office's
			// place, even one the article gives a verb ("Negeri X menyatakan").
			"name, office of a place",
			paras(
				`"Kami tidak ingin perang," kata Amir Khalid, Perdana Menteri Nusakara.`,
				`Para pejabat Nusakara mengatakan uji itu sukses.`,
			),
			[]Quote{{Text: "Kami tidak ingin perang,", Speaker: "Amir Khalid", Verb: "kata"}},
		},
		{
			// The article's one-word name for a person opens the name: the
			// title and organisation before it are not the name.
			"fullest stops at the given name",
			paras(
				`Deputi Bidang Ketersediaan dan Stabilisasi Pangan Bapanas Dimas Kurniadi hadir. Dimas mengatakan stok aman.`,
				`"Stok aman sampai awal tahun," jelas Dimas.`,
			),
			[]Quote{{Text: "Stok aman sampai awal tahun,", Speaker: "Dimas Kurniadi", Verb: "jelas", Paragraph: 1}},
		},
		{
			// ... but keeps a name prefix before it.
			"fullest keeps Muhammad",
			paras(
				`Kasat Reskrim Polres Tebo, AKP Muhammad Rafli Syahputra Lubis, memimpin penangkapan.`,
				`"Pelaku kami tangkap di rumahnya," kata Rafli.`,
			),
			[]Quote{{Text: "Pelaku kami tangkap di rumahnya,", Speaker: "Muhammad Rafli Syahputra Lubis", Verb: "kata", Paragraph: 1}},
		},
		{
			// A description closed by itu after a birth date and place
			// points back to the last speaker.
			"description with date then itu",
			paras(
				`"Berat badan naik karena sering manggung," kata Rudi Hartawan saat ditemui.`,
				`"Tiap kali selesai manggung pasti lapar," lanjut pria kelahiran Kediri, 17 Januari 1975 itu.`,
			),
			[]Quote{
				{Text: "Berat badan naik karena sering manggung,", Speaker: "Rudi Hartawan", Verb: "kata"},
				{Text: "Tiap kali selesai manggung pasti lapar,", Speaker: "Rudi Hartawan", Verb: "lanjut", Paragraph: 1},
			},
		},
		{
			// A speech act with its noun introduces the speakers of the
			// verbless quotes glued on after it; "Usai" opens no name.
			"speech act then glued verbless quotes",
			paras(`Usai menyampaikan terima kasih, warganet Jepang kembali memberikan pujian untuknya. Banyak yang menyebutnya menawan.,,,"Aktingnya sangat keren sekali...","Suaranya sangat menawan sekali..."`),
			[]Quote{
				{Text: "Aktingnya sangat keren sekali...", Speaker: "warganet Jepang"},
				{Text: "Suaranya sangat menawan sekali...", Speaker: "warganet Jepang"},
			},
		},
		// --- No speaker is a sentence adverb, an unresolved pronoun or a
		// bare noun; "Pihaknya"/"Dirinya" stand for the last speaker.
		{
			"sentence adverb with -nya opens no name",
			paras(`Menariknya Gatot Wibisono menegaskan: "Semua sekolah dibuka lagi."`),
			[]Quote{{Text: "Semua sekolah dibuka lagi.", Speaker: "Gatot Wibisono", Verb: "menegaskan"}},
		},
		{
			"pihaknya resolves",
			paras(
				`"Jalur itu ditutup sementara," kata Kapolsek Ngaglik Kompol Hendra Susanto.`,
				`Pihaknya menegaskan, "Pengendara diminta memutar lewat jalan desa."`,
			),
			[]Quote{
				{Text: "Jalur itu ditutup sementara,", Speaker: "Kompol Hendra Susanto", Verb: "kata"},
				{Text: "Pengendara diminta memutar lewat jalan desa.", Speaker: "Kompol Hendra Susanto", Verb: "menegaskan", Paragraph: 1},
			},
		},
		{
			"mereka is no speaker",
			paras(`Mereka mengatakan, "Kami hanya ingin air bersih."`),
			[]Quote{{Text: "Kami hanya ingin air bersih.", Verb: "mengatakan"}},
		},
		{
			"bare pria is no speaker",
			paras(`"Saya tidak melihat apa-apa malam itu," kata pria.`),
			[]Quote{{Text: "Saya tidak melihat apa-apa malam itu,", Verb: "kata"}},
		},
		{
			// A rank opens the name after a title joined with "dan".
			"title with dan, then rank and name",
			paras(`"Pelaku sudah kami amankan," kata Kepala Bidang Humas dan Protokol Polda Jabar Komisaris Besar Sandi Permana Putra di Bandung.`),
			[]Quote{{Text: "Pelaku sudah kami amankan,", Speaker: "Komisaris Besar Sandi Permana Putra", Verb: "kata"}},
		},
		{
			// The subject opens the sentence; the apposition before the
			// verb describes it and names no speaker.
			"name, apposition with organisation, verb",
			paras(
				`Laras Wijayanti, peneliti dari Universitas Nusa Cendana, menambahkan, harga pangan naik sejak Juli.`,
				`"Kenaikannya belum berhenti," ujarnya.`,
			),
			[]Quote{{Text: "Kenaikannya belum berhenti,", Speaker: "Laras Wijayanti", Verb: "ujarnya", Paragraph: 1}},
		},
		{
			// A person introduced with an apposition and an active verb
			// that is not a reporting verb is who "katanya" stands for.
			"apposition then active verb introduces the antecedent",
			paras(
				`"Kami sudah memeriksa tiga saksi," kata Hendra Susanto.`,
				`Sari Kusumawati, pemerhati anak dari Yayasan Pelita, mendesak polisi menahan pelaku.`,
				`"Korban masih trauma dan butuh pendampingan," katanya.`,
			),
			[]Quote{
				{Text: "Kami sudah memeriksa tiga saksi,", Speaker: "Hendra Susanto", Verb: "kata"},
				{Text: "Korban masih trauma dan butuh pendampingan,", Speaker: "Sari Kusumawati", Verb: "katanya", Paragraph: 2},
			},
		},
		{
			// A number inside a title does not end it before the
			// apposition that names the person.
			"number inside a title, then name",
			paras(`"Gang kami lebarnya cuma satu meter," tutur Ketua RT 04 Kelurahan Cibogo, Wawan Hermawan.`),
			[]Quote{{Text: "Gang kami lebarnya cuma satu meter,", Speaker: "Wawan Hermawan", Verb: "tutur"}},
		},
		{
			// ", kata X," inside a sentence names the speaker the next
			// -nya stands for.
			"kata X between commas",
			paras(
				`"Jalan itu ditutup," kata Rina Marlina.`,
				`Pemkot Cimahi, kata Bagus Santoso, akan membangun jembatan darurat.`,
				`"Kami prioritaskan dua kecamatan," ucapnya.`,
			),
			[]Quote{
				{Text: "Jalan itu ditutup,", Speaker: "Rina Marlina", Verb: "kata"},
				{Text: "Kami prioritaskan dua kecamatan,", Speaker: "Bagus Santoso", Verb: "ucapnya", Paragraph: 2},
			},
		},
		// --- A passive reporting verb names its agent with or without "oleh".
		{
			"passive agent without oleh",
			paras(
				`Temuan itu dibeberkan Koordinator Lembaga Kajian dan Perlindungan Anak (LKPA) Medan, Sulastri Wahyuni.`,
				`"Kasus yang kami tangani naik tajam," katanya.`,
				`Kasus terbanyak, sambung Sulastri, terjadi di rumah.`,
			),
			[]Quote{{Text: "Kasus yang kami tangani naik tajam,", Speaker: "Sulastri Wahyuni", Verb: "katanya", Paragraph: 1}},
		},
		// --- A text recited or cited in another language, followed by its
		// translation or set after a label (niat, doa, Artinya:), is not
		// speech.
		{
			"prayer then Artinya in the same paragraph",
			paras(`“Allahumma laka shumtu wa bika amantu wa ala rizqika afthartu.” Artinya: Ya Allah, untuk-Mu aku berpuasa.`),
			nil,
		},
		{
			"prayer then Artinya in the next paragraph",
			paras(
				`Berikut bacaan niatnya:`,
				`“Nawaitu shauma ghadin an adaa'i fardhi syahri ramadhaana.”`,
				`Artinya: Aku berniat puasa esok hari untuk menunaikan kewajiban bulan Ramadan.`,
			),
			nil,
		},
		{
			"quoted translation after Artinya:",
			paras(`Artinya: “Aku berniat puasa esok hari karena Allah ta'ala.”`),
			nil,
		},
		{
			// An attributed quote keeps its place even with a translation.
			"attributed foreign quote with translation",
			paras(`"We will never give up on this city," kata Wali Kota Lina Hartono. Artinya, pemerintah tak akan mundur.`),
			[]Quote{{Text: "We will never give up on this city,", Speaker: "Wali Kota Lina Hartono", Verb: "kata"}},
		},
		{
			// A linked headline left in the text names no one: its capitals
			// run on past the name.
			"headline in the text",
			paras("Gubernur Jakarta Pramono Anung berencana menaikkan tarif parkir di pusat kota.",
				"Buka Pameran Dagang, Pramono Yakin Transaksi Capai Rp 15 T",
				"“Parkirnya nanti pelan-pelan saya naikkan,” kata Pramono di Jakarta."),
			[]Quote{{Text: "Parkirnya nanti pelan-pelan saya naikkan,", Speaker: "Pramono Anung", Verb: "kata", Paragraph: 2}},
		},
		{
			// No speaker at all.
			"no speaker",
			paras(`Spanduk bertuliskan "tolak tambang di pulau kecil" dibentangkan.`),
			[]Quote{{Text: "tolak tambang di pulau kecil"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findQuotes(tt.paras)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findQuotes() =\n%s\nwant\n%s", dumpQuotes(got), dumpQuotes(tt.want))
			}
		})
	}
}

// TestQuotesGluedText checks the quotes of bodies whose paragraphs a
// scraper glued together: a mark glued to the sentence before opens a quote
// where it stands, and a related-link label whose title was dropped
// ("Baca juga:,") does not swallow the quote after it.
func TestQuotesGluedText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Pengecoran dimulai pekan depan dan uji beban menyusul.,Semua pekerjaan rampung akhir bulan ini setelah uji layak operasi."Kita kebut agar segera bisa dipakai warga," ungkap Hendra Wiratama.`,
			"Kita kebut agar segera bisa dipakai warga,"},
		{`Ia meminta dialog dikedepankan di Papua, seperti dilakukan para pendahulunya.,Baca juga:,"Mendorong pemerintah agar mengedepankan dialog dan pendekatan kemanusiaan," kata Rahmat Hidayat.`,
			"Mendorong pemerintah agar mengedepankan dialog dan pendekatan kemanusiaan,"},
	}
	for _, tt := range tests {
		a, err := ParseText(tt.in)
		if err != nil {
			t.Fatalf("ParseText(%q): %v", tt.in, err)
		}
		var got []string
		for _, q := range a.Quotes {
			got = append(got, q.Text)
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("ParseText(%q) quotes = %q, want [%q]", tt.in, got, tt.want)
		}
	}
}

func dumpQuotes(qs []Quote) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  ")
		b.WriteString(strings.Join([]string{q.Text, q.Speaker, q.Verb}, " | "))
		b.WriteString(" @")
		b.WriteString(string(rune('0' + q.Paragraph)))
		b.WriteString("\n")
	}
	return b.String()
}

// TestMayCreditWire checks the test that lets findSourcesIn skip a
// paragraph: it must hold for every wire credit findSources reads.
func TestMayCreditWire(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"JAKARTA (ANTARA) - Harga naik.", true},
		{"Kata dia ( Reuters ) kemarin.", true},
		{"Senin (24/5) dan (afp).", true},
		{"((Xinhua) ditulis", true},
		{"Kyodo (\u212aYODO)", true}, // a Kelvin sign, lower-cased to k
		{"Senin (24/5) di Jakarta.", false},
		{"Menurut ANTARA (kantor berita).", false},
		{"(ANTARA", false},
		{"ANTARA)", false},
		{"(Antara News)", false},
		{"", false},
	} {
		text := tt.text
		if got := mayCreditWire(text); got != tt.want {
			t.Errorf("mayCreditWire(%q) = %v, want %v", text, got, tt.want)
		}
		wire := len(findSources([]Paragraph{{Text: text}})) > 0
		if wire && !tt.want {
			t.Errorf("findSources(%q) reads a wire that mayCreditWire misses", text)
		}
	}
}

func TestFindSources(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// dilansir with a lower-case outlet and a day after it (Tribunnews 2023).
		{"dilansir lowercase", "Serangan terjadi pada malam hari, dilansir channelstv, Selasa.", []string{"channelstv"}},
		// dikutip dari with the sentence's period.
		{"dikutip dari", "Ia menyampaikan hal itu kepada wartawan, dikutip dari DW.", []string{"DW"}},
		// Diberitakan at the start of a sentence.
		{"diberitakan", "Diberitakan Reuters, para pemimpin berkumpul di Vilnius.", []string{"Reuters"}},
		// The cue glued to the name (Kompas plain text 2025).
		{"glued", "Hal itu disampaikan pakar, dikutip dariABC News, Selasa (1/7/2025).", []string{"ABC News"}},
		// dilansir dari with several words and "pada".
		{"multiword pada", "Seperti dilansir dari Al Jazeera pada Rabu, korban bertambah.", []string{"Al Jazeera"}},
		// melansir and mengutip, deduplicated in order.
		{"melansir mengutip", "Melansir CNN, angka itu naik. Mengutip BBC, angka itu turun. Melansir CNN lagi.", []string{"CNN", "BBC"}},
		// seperti dikutip and seperti diberitakan.
		{"seperti", "Hal itu, seperti dikutip Antaranews, Senin. Seperti diberitakan Kompas.com sebelumnya, ia mundur.", []string{"Antaranews", "Kompas.com"}},
		// Sumber: at the end of the article.
		{"sumber", "Sumber: The Jakarta Post", []string{"The Jakarta Post"}},
		// menurut laporan only for outlet-looking names.
		{"menurut laporan", "Menurut laporan Manchester Evening News, ia cedera. Menurut laporan BPS, inflasi turun.", []string{"Manchester Evening News"}},
		// Wire credit in parentheses.
		{"wire credit", "JAKARTA (ANTARA) - Pemerintah menaikkan tarif listrik.", []string{"ANTARA"}},
		// A site after "situs" (Kompas 2016).
		{"situs", "Seperti dikutip dari situs www.menpan.go.id, rencana itu berjalan.", []string{"www.menpan.go.id"}},
		// A site's address later in the sentence (Liputan6 2016).
		{"site address", "Rapat itu tertulis dalam agenda di situs portal berita resmi Pemprov DKI, Beritajakarta.com. Ia hadir.", []string{"Beritajakarta.com"}},
		{"laman", "Jadwal seleksi diumumkan di laman kemdikbud.go.id, Senin.", []string{"kemdikbud.go.id"}},
		// A site named only in words, or an address past the sentence's end.
		{"site in words", "Ia berkata kepada situs Page Six. Ia membuka laman itu. Alamatnya contoh.com.", nil},
		// The own outlet before "dari" (Detik 2015).
		{"own outlet before dari", "Dikutip detikINET dari BBC, Kamis (5/11/2015), Google menyatakan hal itu.", []string{"BBC"}},
		// Instagram handle.
		{"instagram", "Melalui akun Instagram resminya @pemkotbogor, Selasa, ia mengumumkan.", []string{"Instagram @pemkotbogor"}},
		// Own observation and data are not sources.
		{"not sources", "Berdasarkan pengamatan Tempo, jalan macet. Merujuk data Stasiun Klimatologi BMKG, hujan turun. Mengutip data BPS, harga naik.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findSources(paras(tt.text))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findSources(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// seedParagraphs splits the Tribunnews seed the way the text front end
// does: one paragraph per line, without "Baca juga:" lines, the credit line
// and the dateline prefix.
func seedParagraphs(t *testing.T) []Paragraph {
	path := filepath.Join("..", "shared", "seeds", "tribunnews-kyiv-2023-07-11.txt")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("seed not available: %v", err)
	}
	headings := map[string]bool{
		"Dukungan Militer untuk Ukraina":               true,
		"Keanggotaan Ukraina akan Dibahas di KTT NATO": true,
	}
	var ps []Paragraph
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "Baca juga:") || line == "(Tribunnews.com/Nuryanti)" {
			continue
		}
		if len(ps) == 0 {
			line = strings.TrimPrefix(line, "TRIBUNNEWS.COM - ")
		}
		kind := KindText
		if headings[line] {
			kind = KindHeading
		}
		ps = append(ps, Paragraph{Text: line, Kind: kind})
	}
	return ps
}

func TestQuotesSeed(t *testing.T) {
	ps := seedParagraphs(t)
	got := findQuotes(ps)
	want := []struct{ prefix, speaker, verb string }{
		{"Musuh menyerang Kyiv dari udara untuk kedua kalinya bulan ini,", "administrasi militer Kyiv", "ujar"},
		{"Semua target udara", "administrasi militer Kyiv", "lanjutnya"},
		{"Jendela dan bangunan luar rumah pribadi rusak,", "Kementerian Dalam Negeri Kyiv", "ujarnya"},
		{"tugas yang paling dekat", "Jens Stoltenberg", "menekankan"},
		{"Yakinlah pesannya akan positif", "Jens Stoltenberg", "ungkapnya"},
		{"Karena kecuali kami memastikan", "Jens Stoltenberg", "jelas"},
		{"Hak untuk berkonsultasi itu tidak sedikit,", "seorang pejabat", "kata"},
	}
	if len(got) != len(want) {
		t.Fatalf("findQuotes(seed) gave %d quotes, want %d:\n%s", len(got), len(want), dumpQuotes(got))
	}
	for i, w := range want {
		q := got[i]
		if !strings.HasPrefix(q.Text, w.prefix) || q.Speaker != w.speaker || q.Verb != w.verb {
			t.Errorf("quote %d = %q by %q (%q), want %q… by %q (%q)", i, q.Text, q.Speaker, q.Verb, w.prefix, w.speaker, w.verb)
		}
		if q.Paragraph < 0 || q.Paragraph >= len(ps) || !strings.Contains(ps[q.Paragraph].Text, q.Text) {
			t.Errorf("quote %d: paragraph %d does not hold %q", i, q.Paragraph, q.Text)
		}
	}
	if got[0].Text != "Musuh menyerang Kyiv dari udara untuk kedua kalinya bulan ini," {
		t.Errorf("quote 0 text = %q", got[0].Text)
	}
	src := findSources(ps)
	if want := []string{"channelstv", "DW", "Reuters"}; !reflect.DeepEqual(src, want) {
		t.Errorf("findSources(seed) = %q, want %q", src, want)
	}
}

// TestQuotesCorpus measures findQuotes and findSources against the
// hand-made truth of the shared corpus (outside the repository) and scores
// them the way the project's evaluation does: fed with the truth's own
// paragraphs, and with each article glued into one paragraph as some
// plain-text inputs are. It skips when the corpus is not there and fails
// only below the project's targets.
func TestQuotesCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "shared", "corpus", "*.truth.json"))
	if len(files) == 0 {
		t.Skip("corpus not available")
	}
	type truth struct {
		Paragraphs []string `json:"paragraphs"`
		Headings   []string `json:"headings"`
		Quotes     []struct {
			Text    string `json:"text"`
			Speaker string `json:"speaker"`
		} `json:"quotes"`
		Sources []string `json:"sources"`
	}
	var truths []truth
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var tr truth
		if err := json.Unmarshal(b, &tr); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		truths = append(truths, tr)
	}
	for _, glued := range []bool{false, true} {
		name := "paragraphs"
		if glued {
			name = "glued"
		}
		t.Run(name, func(t *testing.T) {
			var qTruth, qPred, qHit, spHit, scored int
			var srcF1 float64
			for fi, tr := range truths {
				base := filepath.Base(files[fi])
				var missed, extra, wrong int
				heads := map[string]bool{}
				for _, h := range tr.Headings {
					heads[h] = true
				}
				var ps []Paragraph
				for _, p := range tr.Paragraphs {
					k := KindText
					if heads[p] {
						k = KindHeading
					}
					if glued {
						if k == KindHeading {
							continue
						}
						if len(ps) > 0 {
							ps[0].Text += " " + p
							continue
						}
					}
					ps = append(ps, Paragraph{Text: p, Kind: k})
				}
				got := findQuotes(ps)
				qTruth += len(tr.Quotes)
				qPred += len(got)
				used := map[int]bool{}
				for _, tq := range tr.Quotes {
					best, bestJ := 0.0, -1
					for j, pq := range got {
						if used[j] {
							continue
						}
						p, r := shingleOverlap(pq.Text, tq.Text)
						if p >= 0.8 && r >= 0.8 && p+r > best {
							best, bestJ = p+r, j
						}
					}
					if bestJ < 0 {
						t.Logf("%s: missed %.60q (%s)", base, tq.Text, tq.Speaker)
						missed++
						continue
					}
					used[bestJ] = true
					qHit++
					if speakerMatch(tq.Speaker, got[bestJ].Speaker) {
						spHit++
					} else {
						t.Logf("%s: speaker %q, want %q for %.40q", base, got[bestJ].Speaker, tq.Speaker, tq.Text)
						wrong++
					}
				}
				for j, pq := range got {
					if !used[j] {
						t.Logf("%s: extra %.60q (%s)", base, pq.Text, pq.Speaker)
						extra++
					}
				}
				src := findSources(ps)
				f1 := nameF1(tr.Sources, src)
				if f1 < 1 {
					t.Logf("%s: sources %q, want %q", base, src, tr.Sources)
				}
				if r, ok := quoteRatchet[base]; ok {
					// Held to its own counts, out of the totals.
					if missed > r.missed || extra > r.extra || wrong > r.wrong {
						t.Errorf("%s: %d missed, %d extra, %d wrong speakers; quoteRatchet allows %d, %d, %d", base, missed, extra, wrong, r.missed, r.extra, r.wrong)
					}
					qTruth -= len(tr.Quotes)
					qPred -= len(got)
					qHit -= len(tr.Quotes) - missed
					spHit -= len(tr.Quotes) - missed - wrong
					continue
				}
				scored++
				srcF1 += f1
			}
			prec := float64(qHit) / float64(max(qPred, 1))
			rec := float64(qHit) / float64(max(qTruth, 1))
			spk := float64(spHit) / float64(max(qHit, 1))
			sf := srcF1 / float64(scored)
			t.Logf("%d articles (and %d in quoteRatchet), %d quotes, %d predicted, %d matched: precision %.3f recall %.3f speaker %.3f sources F1 %.3f",
				scored, len(truths)-scored, qTruth, qPred, qHit, prec, rec, spk, sf)
			if prec < 0.95 || rec < 0.90 || spk < 0.85 || sf < 0.8 {
				t.Errorf("below target (precision 0.95, recall 0.90, speaker 0.85, sources F1 0.8)")
			}
		})
	}
}

// quoteRatchet lists the corpus articles whose quotes still miss, by file,
// with how many quotes may be missed, found where there are none, and given
// the wrong speaker. They are held to these counts and kept out of
// TestQuotesCorpus's totals; the counts may only fall.
var quoteRatchet = map[string]struct{ missed, extra, wrong int }{
	// Two translations of prayers (niat), set in quotation marks after the
	// unquoted Arabic wording, are read as speech.
	"liputan6-2019-1.html.truth.json": {0, 2, 0},
}

func evalWords(s string) []string {
	return strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// shingleOverlap returns the precision and recall of got's word 3-shingles
// against want's.
func shingleOverlap(got, want string) (p, r float64) {
	sh := func(s string) map[string]bool {
		ws := evalWords(s)
		m := map[string]bool{}
		if len(ws) < 3 {
			m[strings.Join(ws, " ")] = true
			return m
		}
		for i := 0; i+3 <= len(ws); i++ {
			m[strings.Join(ws[i:i+3], " ")] = true
		}
		return m
	}
	g, w := sh(got), sh(want)
	hit := 0
	for k := range g {
		if w[k] {
			hit++
		}
	}
	return float64(hit) / float64(max(len(g), 1)), float64(hit) / float64(max(len(w), 1))
}

// speakerMatch accepts a predicted speaker holding the truth's last word,
// or one holding the other.
func speakerMatch(want, got string) bool {
	want, got = fold(want), fold(got)
	if want == "" || got == "" {
		return want == got
	}
	ww, gw := evalWords(want), evalWords(got)
	if len(ww) == 0 || len(gw) == 0 {
		return false
	}
	for _, x := range gw {
		if x == ww[len(ww)-1] {
			return true
		}
	}
	return strings.Contains(want, got) || strings.Contains(got, want)
}

// nameF1 scores found names against wanted ones, one holding the other
// counting as a match.
func nameF1(want, got []string) float64 {
	if len(want) == 0 && len(got) == 0 {
		return 1
	}
	if len(want) == 0 || len(got) == 0 {
		return 0
	}
	used := map[int]bool{}
	hit := 0
	for _, a := range want {
		a = fold(a)
		for j, b := range got {
			b = fold(b)
			if !used[j] && (strings.Contains(a, b) || strings.Contains(b, a)) {
				used[j] = true
				hit++
				break
			}
		}
	}
	if hit == 0 {
		return 0
	}
	p, r := float64(hit)/float64(len(got)), float64(hit)/float64(len(want))
	return 2 * p * r / (p + r)
}

// FuzzQuotes checks findQuotes and findSources on one paragraph: no panic,
// quote indexes in range, each quote's text inside its paragraph, and the
// same answer twice.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{
		`“Musuh menyerang Kyiv dari udara untuk kedua kalinya bulan ini,” ujar administrasi militer Kyiv di akun Telegramnya, Selasa, dilansir channelstv.`,
		`"Jendela dan bangunan luar rumah pribadi rusak," ujarnya.`,
		`Sekretaris Jenderal NATO, Jens Stoltenberg, menekankan dukungan militer tetap menjadi 'tugas yang paling dekat'.`,
		`"Karena kecuali kami memastikan," jelas Stoltenberg. "Dan satu lagi.`,
		`Dia menjelaskan."Tawaran mereka dilakukan seperti membujuk," kata dia lagi.`,
		`“Ke depan, jika presiden. "Jadi kalau Presiden Jokowi nanti,” ujar Irman Putra Sidin di Jakarta.`,
		`"Bagi saya, ini tentang posisi tubuh.""`,
		`Pada hari Jum'at, ia membaca Qur'an; "masalah" dan ‘paman’.`,
		`Diberitakan Reuters, para pemimpin berkumpul, dikutip dariABC News, Selasa. Sumber: DW (ANTARA)`,
		`Hal IniAndi pun mengaku, "Kami siap," kata Kapolsek Cibeunying, AKP Dedi Kurnia, di Bandung.`,
		"\"\"\"'''“”‘’„", "", "'a' \"b\" ‘c d e’ “f g h”",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ps := []Paragraph{{Text: s, Kind: KindText}}
		qs := findQuotes(ps)
		for _, q := range qs {
			if q.Paragraph != 0 {
				t.Fatalf("quote %q has paragraph %d, want 0", q.Text, q.Paragraph)
			}
			if q.Text == "" || !strings.Contains(s, q.Text) {
				t.Fatalf("quote %q not in paragraph %q", q.Text, s)
			}
		}
		if again := findQuotes(ps); !reflect.DeepEqual(qs, again) {
			t.Fatalf("findQuotes not deterministic: %v then %v", qs, again)
		}
		src := findSources(ps)
		if again := findSources(ps); !reflect.DeepEqual(src, again) {
			t.Fatalf("findSources not deterministic: %q then %q", src, again)
		}
		for _, x := range src {
			if x == "" {
				t.Fatalf("empty source from %q", s)
			}
		}
		// Two copies of the paragraph with a heading between them.
		ps = []Paragraph{{Text: s, Kind: KindText}, {Text: s, Kind: KindHeading}, {Text: s, Kind: KindText}}
		for _, q := range findQuotes(ps) {
			if q.Paragraph < 0 || q.Paragraph >= len(ps) || ps[q.Paragraph].Kind == KindHeading || !strings.Contains(ps[q.Paragraph].Text, q.Text) {
				t.Fatalf("quote %q at paragraph %d is out of place", q.Text, q.Paragraph)
			}
		}
	})
}

// TestQuotesBig feeds long pathological paragraphs (no sentence ends, a
// quote mark every few bytes) to check the scanning stays about linear.
func TestQuotesBig(t *testing.T) {
	if testing.Short() {
		t.Skip("big inputs skipped in -short mode")
	}
	for _, unit := range []string{`"a b c," kata Budi. `, `'x y z' `, `‘a b c’ `, `"`, `Budi Santoso Wijaya `,
		`kata Budi, `, `Budi, Ani, mengatakan `, `menurut Budi `, `dilansir dari `, `ujarnya "`} {
		s := strings.Repeat(unit, 200000/len(unit))
		ps := []Paragraph{{Text: s, Kind: KindText}}
		for _, q := range findQuotes(ps) {
			if !strings.Contains(s, q.Text) {
				t.Fatalf("quote %.40q not in the input", q.Text)
			}
		}
		findSources(ps)
	}
}

// benchArticle is a made-up article in the shapes the table tests cover.
var benchArticle = paras(
	"Menteri Perhubungan Agus Pranoto meninjau pelabuhan Merak, Selasa (11/7/2023), dilansir Antaranews.",
	"“Kapal tambahan akan berangkat malam ini untuk mengurai antrean,” ujar Agus di Merak.",
	"Sementara itu, Dinas Perhubungan Banten mengatakan, antrean kendaraan mencapai lima kilometer.",
	`"Kami menambah petugas di setiap gerbang tol menuju pelabuhan," ujarnya.`,
	"## Antrean Panjang",
	"Sekretaris Dinas, Budi Santoso, menegaskan situasi ini 'tidak akan terulang lagi tahun depan'.",
	`"Pertama, kami memperbaiki sistem tiket daring.`,
	`"Kedua, kami menambah dermaga," kata Budi kepada wartawan, dikutip dari Kompas.com.`,
)

func BenchmarkFindQuotes(b *testing.B) {
	n := 0
	for _, p := range benchArticle {
		n += len(p.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		findQuotes(benchArticle)
		findSources(benchArticle)
	}
}

// TestAppendLower checks the lower-casing of the tokens' words: the lower
// case of strings.ToLower, with byte offsets kept wherever the letters'
// lower cases take as many bytes, and a refusal where they do not.
func TestAppendLower(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		same     bool
	}{
		{"Kata “Presiden” JOKO – 2024", "kata “presiden” joko – 2024", true},
		{"ÀÉÎ Ñoño", "àéî ñoño", true},
		{"x\xffY", "x\xffy", true},  // a stray byte stays as it is
		{"İstanbul", "", false},     // İ lowers to a one-byte i
		{"GROẞE Straße", "", false}, // ẞ to a two-byte ß
	} {
		got, same := appendLower([]byte("prefix "), tt.in)
		if same != tt.same || same && string(got) != "prefix "+tt.want {
			t.Errorf("appendLower(%q) = %q, %v; want %q, %v", tt.in, got, same, tt.want, tt.same)
		}
	}
}

// TestTokenize checks where the tokenizer cuts words and marks, and that
// every word's low is its lower case and its class that of the lists low
// is on, however it was lower-cased: a word in lower case already is its
// own, the capitalised words of all paragraphs share one string, and the
// words of a paragraph where a letter's lower case takes another number of
// bytes ("İ") are lower-cased alone.
func TestTokenize(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Kata Presiden JOKO, dilansir Liputan6.com (3/7).", []string{"Kata", "Presiden", "JOKO", ",", "dilansir", "Liputan6.com", "(", "3/7", ")", "."}},
		{"IniAndi datang.Baca juga RISaleh", []string{"Ini", "Andi", "datang", ".", "Baca", "juga", "RI", "Saleh"}},
		{"Jum’at @kompascom L.P – x", []string{"Jum’at", "@kompascom", "L.P", "–", "x"}},
		{"İstanbul dan ANKARA ujar Dia", []string{"İstanbul", "dan", "ANKARA", "ujar", "Dia"}},
		{"Élysée à Paris, kata ÉRIC", []string{"Élysée", "à", "Paris", ",", "kata", "ÉRIC"}},
		{"x\xffY  \u00a0 Yang", []string{"x", "\xff", "Y", "Yang"}}, // a stray byte is a mark
	} {
		toks := tokenizeAll([]Paragraph{{Text: "Menurut Budi."}, {Text: tt.in}})
		var got []string
		for _, tk := range toks[1] {
			got = append(got, tk.s)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokens of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
	var ps []Paragraph
	files, _ := filepath.Glob("testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			ps = append(ps, Paragraph{Text: l})
		}
	}
	ps = append(ps, Paragraph{Text: "Kata İNAN, Yang DI Jakarta", Kind: KindText}, Paragraph{Text: "Dia", Kind: KindHeading})
	bt, _ := tokenizeInto(nil, ps)
	var lang languageCount
	for i, toks := range bt.toks {
		if ps[i].Kind == KindHeading && toks != nil {
			t.Errorf("heading %q has tokens", ps[i].Text)
		}
		var classes wordClass
		for _, tk := range toks {
			if tk.word {
				classes |= tk.cls
				if tk.is(classIndonesian) {
					lang.id++
				}
				if tk.is(classEnglish) {
					lang.en++
				}
			}
			want := tk.s
			if tk.word {
				want = strings.ToLower(tk.s)
			}
			if tk.low != want || ps[i].Text[tk.pos:tk.pos+len(tk.s)] != tk.s {
				t.Errorf("token %q at %d of %q: low %q, want %q", tk.s, tk.pos, ps[i].Text, tk.low, want)
			}
			if c := listClass(tk.low); tk.cls != c {
				t.Errorf("token %q: class %b, want %b", tk.s, tk.cls, c)
			}
		}
		if bt.classes[i] != classes {
			t.Errorf("classes of %q = %b, want %b", ps[i].Text, bt.classes[i], classes)
		}
	}
	if lang.id < 100 || lang.en == 0 || bt.lang != lang {
		t.Errorf("language count %+v, want %+v", bt.lang, lang)
	}
}

// listClass is the class of a lower-cased word, from the lists themselves.
func listClass(w string) wordClass {
	var c wordClass
	for _, l := range wordLists {
		if l.words[w] {
			c |= l.c
		}
	}
	switch functionWords[w] {
	case 'i':
		c |= classIndonesian
	case 'e':
		c |= classEnglish
	}
	return c
}

// TestIsWordRune checks that the General Punctuation block, which
// isWordRune answers for without looking, holds no rune of a word.
func TestIsWordRune(t *testing.T) {
	for r := generalPunctuation; r <= generalPunctuationEnd; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("%U is a rune of a word", r)
		}
	}
	for _, r := range "aZ9éß\u0301\u2071" {
		if !isWordRune(r) {
			t.Errorf("isWordRune(%q) = false", r)
		}
	}
	for _, r := range " -“”’—\u2060" {
		if isWordRune(r) {
			t.Errorf("isWordRune(%q) = true", r)
		}
	}
}

// TestWordClasses checks the table of the lists' words against the lists.
func TestWordClasses(t *testing.T) {
	words := []string{"", "x", "yang", "jakarta", "mengatakanlah", "a", "&"}
	for _, l := range wordLists {
		for w := range l.words {
			words = append(words, w, w+"x", "x"+w)
		}
	}
	for w := range functionWords {
		words = append(words, w)
	}
	for _, w := range words {
		if got, want := classOf(w), listClass(w); got != want {
			t.Errorf("classOf(%q) = %b, want %b", w, got, want)
		}
	}
}
