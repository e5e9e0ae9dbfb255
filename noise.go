package berita

import (
	"bytes"
	"strings"
)

// noiseLines are the openings of lines that are not the article: video and
// follow prompts, republication notes, app promotions. Lower-cased; a line
// is noise when it starts with one of them.
var noiseLines = []string{
	"advertisement", "scroll to continue with content", "scroll untuk melanjutkan",
	"scroll down untuk melanjutkan", "scroll ke bawah untuk melanjutkan", "scroll to resume content",
	"berita ini juga dimuat di", "artikel ini juga dimuat di", "berita ini telah tayang",
	"simak juga video", "simak video", "saksikan video", "saksikan juga video",
	"tonton video", "tonton juga video", "lihat juga video", "video pilihan", "video terkait",
	"baca berita lainnya di google news", "baca berita menarik lainnya",
	"ikuti berita", "ikuti kami di", "ikuti update berita", "follow berita", "follow kami",
	"dapatkan update", "dapatkan berita", "dapatkan informasi dan insight",
	"segera lengkapi data dirimu", "gabung grup", "gabung di grup", "gabung channel",
	"klik di sini", "klik link", "artikel ini telah tayang", "artikel ini telah terbit",
	"simak berita", "download aplikasi", "unduh aplikasi", "cek berita dan artikel",
	"yuk, ikuti", "jangan lupa ikuti", "tags:", "tag:", "topik:", "editor's pick",
	"copyright ©", "copyright (c)", "©", "[gambas:", "lihat juga video", "pilihan untukmu",
	"simak breaking news", "loading...", "recommended by", "lanjutkan membaca",
	"cek video", "video rekomendasi", "rekomendasi video", "dapatkan informasi, inspirasi", "daftarkan email",
	"konten di bawah ini disajikan oleh", "konten berikut disajikan oleh",
}

// promoHeads open the headings of promo sections inside a body: a video or
// an infographic offered beside the story ("Saksikan Video Pilihan di Bawah
// Ini", "Infografis COVID-19:"). Lower-cased. The section's heading and the
// captions under it (short, closing with their credit in parentheses) are
// not the article; the story may go on after them.
var promoHeads = []string{
	"infografis", "saksikan video", "simak video", "tonton video", "cek video", "lihat video",
	"video pilihan", "video rekomendasi", "video terkait",
}

// isPromoHead reports whether a heading opens a promo section.
func isPromoHead(s string) bool {
	if len(s) > 120 {
		return false
	}
	for _, p := range promoHeads {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) && (len(s) == len(p) || !isWordByte(s[len(p)])) {
			return true
		}
	}
	return false
}

// maxPromoBlock is the longest caption under a promo heading; a longer
// block is the story again.
const maxPromoBlock = 250

// isHashtagLine reports whether s is only hashtags: a campaign's "#Changemaker",
// "#IniDiplomasi #Kabar", printed under a story as its tags.
func isHashtagLine(s string) bool {
	if len(s) < 2 || s[0] != '#' || len(s) > 200 {
		return false
	}
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	for _, w := range f {
		if len(w) < 2 || w[0] != '#' || !isWordByte(w[1]) {
			return false
		}
	}
	return true
}

// isNoiseLine reports whether a whole block is a prompt or marker, not text.
func isNoiseLine(s string) bool {
	if len(s) > 300 {
		return false
	}
	if len(s) >= 2 {
		for _, n := range noiseByStart[[2]byte{lowerByte(s[0]), lowerByte(s[1])}] {
			if len(s) >= len(n) && strings.EqualFold(s[:len(n)], n) {
				return true
			}
		}
	}
	return strings.EqualFold(s, "Perbesar") || isPageIndex(s) || isPhotoCredit(s) || isCaption(s) || isHashtagLine(s)
}

// isPageIndex reports whether s is a section pager's label: "2 dari 6
// halaman" (Liputan6's multisection articles), "Halaman 2 dari 6".
func isPageIndex(s string) bool {
	if len(s) > 32 || !strings.Contains(s, "dari") && !strings.Contains(s, "DARI") && !strings.Contains(s, "Dari") {
		return false // the label is short, and says "dari"
	}
	f := strings.Fields(strings.ToLower(s))
	if len(f) != 4 || f[1] != "dari" && f[2] != "dari" {
		return false
	}
	switch {
	case f[1] == "dari" && f[3] == "halaman":
		return isSmallNumber(f[0]) && isSmallNumber(f[2])
	case f[0] == "halaman" && f[2] == "dari":
		return isSmallNumber(f[1]) && isSmallNumber(f[3])
	}
	return false
}

// isSmallNumber reports whether s is a number of one to three digits.
func isSmallNumber(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isCaption reports whether s is a photo caption left in the body, ending
// with its credit: "Taylor Swift memberi tepuk tangan. Foto: Grammy".
func isCaption(s string) bool {
	// A wire photo's credit closing the block: "... Sabtu (23/1/2021). (AP Photo/Vincent Yu)".
	if open := strings.LastIndexByte(s, '('); open >= 0 && len(s) <= 400 && strings.HasSuffix(s, ")") && len(s)-open < 60 {
		credit := s[open:]
		for _, l := range []string{"Photo/", "Foto/", "(Photo:", "(Foto:"} {
			if strings.Contains(credit, l) {
				return true
			}
		}
	}
	if len(s) > 250 || strings.IndexByte(s, ':') < 0 {
		return false
	}
	// A short line with no sentence in it, crediting its source at the end:
	// "Tanda Pria Jatuh Cinta (Sumber: Pixabay)".
	for _, l := range []string{" (Sumber: ", " (sumber: ", " (Source: "} {
		if i := strings.LastIndex(s, l); i > 0 && len(s) <= 150 && strings.HasSuffix(s, ")") && len(s)-i < 50 && !strings.ContainsAny(s[:i], ".!?") {
			return true
		}
	}
	for _, l := range []string{"Foto: ", "Foto : ", "FOTO: ", "(Foto: ", "Photo: "} {
		if i := strings.LastIndex(s, l); i >= 0 && len(s)-i < 60 && (i == 0 || s[i-1] == ' ' || s[i-1] == '.' || s[i-1] == '(') {
			return !strings.ContainsAny(s[i+len(l):], ".!?") || strings.HasSuffix(s, ")")
		}
	}
	return false
}

// isPhotoCredit reports whether s is a photo caption that a scraper glued
// into the text, opening with its credit: "NOEL CELIS / AFPPM Kamboja Hun Sen."
func isPhotoCredit(s string) bool {
	slash := strings.Index(s, " / ")
	if slash <= 0 || slash > 40 {
		return false
	}
	for i := 0; i < slash; i++ {
		c := s[i]
		if isLowerByte(c) {
			return false
		}
	}
	return len(s) < 200
}

// noiseByStart indexes noiseLines by their first two bytes.
var noiseByStart = func() map[[2]byte][]string {
	m := make(map[[2]byte][]string)
	for _, n := range noiseLines {
		k := [2]byte{n[0], n[1]}
		m[k] = append(m[k], n)
	}
	return m
}()

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// promptBox marks the blocks of a box that asks the reader to act: a line
// or two, then a button, a link whose words open with a call to action
// ("Daftarkan", "Daftarkan email", "Langganan", "Unduh"). Outlets put such
// boxes in the body (register a story, a newsletter, an app).
func (h *htmlState) promptBox(box []hblock) {
	last := &box[len(box)-1]
	if !last.linked || last.text > 30 || !isCallToAction(h.arena[last.off:last.off+last.text]) {
		return
	}
	for i := range box[:len(box)-1] {
		if box[i].linked || box[i].text > 200 {
			return
		}
	}
	for i := range box {
		box[i].prompt = true
	}
}

// ctaWords open a button's call to action.
var ctaWords = map[string]bool{
	"daftar": true, "daftarkan": true, "langganan": true, "berlangganan": true, "subscribe": true,
	"unduh": true, "download": true, "gabung": true, "bergabung": true, "join": true, "ikuti": true, "follow": true,
}

// isCallToAction reports whether a button's text of one or two words opens
// with a call to action.
func isCallToAction(s []byte) bool {
	s = bytes.TrimSpace(s)
	if len(s) == 0 || len(s) > 40 {
		return false
	}
	first, rest := s, []byte(nil)
	if i := bytes.IndexAny(s, " \t\n\r\f"); i >= 0 {
		first, rest = s[:i], bytes.TrimSpace(s[i:])
	}
	if bytes.ContainsAny(rest, " \t\n\r\f") {
		return false // three words or more
	}
	var buf [24]byte
	if len(first) > len(buf) {
		return false
	}
	for i, c := range first {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return ctaWords[string(buf[:len(first)])]
}
