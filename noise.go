package berita

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// noiseLines are the openings of lines that are not the article: video and
// follow prompts, republication notes, app promotions. Lower-cased; a line
// is noise when it starts with one of them.
var noiseLines = []string{
	"advertisement", "scroll to continue with content", "scroll untuk melanjutkan",
	"scroll down untuk melanjutkan", "scroll ke bawah untuk melanjutkan", "scroll to resume content",
	"berita ini juga dimuat di", "artikel ini juga dimuat di", "berita ini telah tayang",
	"simak juga video", "simak video", "saksikan video", "saksikan juga video",
	"tonton video", "tonton juga video", "lihat juga video", "lihat video", "video pilihan", "video terkait",
	"baca berita lainnya di google news", "baca berita menarik lainnya",
	"ikuti berita", "ikuti kami di", "ikuti update berita", "follow berita", "follow kami",
	"dapatkan update", "dapatkan berita", "dapatkan informasi dan insight",
	"segera lengkapi data dirimu", "gabung grup", "gabung di grup", "gabung channel",
	"klik di sini", "klik link", "artikel ini telah tayang", "artikel ini telah terbit",
	"simak berita", "download aplikasi", "unduh aplikasi", "cek berita dan artikel",
	"yuk, ikuti", "jangan lupa ikuti", "tags:", "tag:", "topik:", "editor's pick",
	"copyright ©", "copyright (c)", "©", "[gambas:", "pilihan untukmu",
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
		if rest, ok := cutPrefixFold(s, p); ok && (rest == "" || !isWordByte(rest[0])) {
			return true
		}
	}
	return false
}

// maxPromoBlock is the longest caption under a promo heading; a longer
// block is the story again.
const maxPromoBlock = 250

// maxPlaceholder bounds an embed placeholder's length, brackets included.
const maxPlaceholder = 80

// placeholderAt returns the offset and length of the first embed
// placeholder in s, or -1: the bracketed mark a CMS leaves where the page
// shows a video or a post ("[Gambas:Video CNN]", "[Gambas:Video 20detik]",
// "[gambas:instagram]"), in any case, spaces inside the brackets allowed.
func placeholderAt(s string) (int, int) {
	for off := 0; off < len(s); {
		i := strings.IndexByte(s[off:], '[')
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		j := i + 1
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if len(s)-j < len("gambas") || !strings.EqualFold(s[j:j+len("gambas")], "gambas") {
			continue
		}
		if k := strings.IndexByte(s[j:], ']'); k > 0 && j+k+1-i <= maxPlaceholder {
			return i, j + k + 1 - i
		}
	}
	return -1, 0
}

// postEmbeds open the fallback text of an embedded Instagram post, which
// a scraper keeps where the page showed the post: the link's label, then
// the credit "A post shared by NAME (@handle)".
var postEmbeds = []string{
	"View this post on Instagram", "Lihat postingan ini di Instagram",
	"A post shared by ", "Sebuah kiriman dibagikan oleh ",
}

// postEmbedAt returns the offset and length of the first embedded post's
// fallback text in s, or -1: its label, its credit up to the handle's
// closing bracket, or both.
func postEmbedAt(s string) (int, int) {
	at, end := -1, 0
	for _, p := range postEmbeds {
		if i := strings.Index(s, p); i >= 0 && (at < 0 || i < at) {
			at, end = i, i+len(p)
		}
	}
	if at < 0 {
		return -1, 0
	}
	rest := strings.TrimLeft(s[end:], " ")
	credit := strings.HasPrefix(s[at:], "A post") || strings.HasPrefix(s[at:], "Sebuah")
	if !credit {
		for _, p := range postEmbeds[2:] {
			if strings.HasPrefix(rest, p) {
				end, credit = len(s)-len(rest)+len(p), true
			}
		}
	}
	if credit {
		// The credit ends with the handle: "SINDOnews (@sindonews)".
		h := strings.Index(s[end:], "(@")
		if h < 0 || h > 60 {
			return -1, 0
		}
		k := strings.IndexByte(s[end+h:], ')')
		if k < 0 || k > 40 {
			return -1, 0
		}
		end += h + k + 1
	}
	return at, end - at
}

// embedAt returns the offset and length of the first embed placeholder or
// embedded post's fallback text in s, or -1. Placeholders are looked for
// only when placeholders is set, posts only when posts is.
func embedAt(s string, placeholders, posts bool) (int, int) {
	i, n := -1, 0
	if placeholders {
		i, n = placeholderAt(s)
	}
	if !posts || strings.IndexByte(s, '@') < 0 && !strings.Contains(s, "Instagram") {
		return i, n // postEmbedAt finds none: a post's label names Instagram, its credit the handle
	}
	if j, m := postEmbedAt(s); j >= 0 && (i < 0 || j < i) {
		i, n = j, m
	}
	return i, n
}

// cutPlaceholders removes the embed placeholders from a block's text,
// wherever they stand: "… kata Budi. [Gambas:Video CNN] Warga …".
func cutPlaceholders(s string) string {
	i, n := placeholderAt(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+n:]
		i, n = placeholderAt(s)
	}
	b.WriteString(s)
	return cleanText(b.String())
}

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

// maxNoiseLine is the longest block isNoiseLine may take for noise.
const maxNoiseLine = 300

// isNoiseLine reports whether a whole block is a prompt or marker, not text.
func isNoiseLine(s string) bool {
	if len(s) > maxNoiseLine {
		return false
	}
	return isPromptLine(s) || isCaptionLine(s)
}

// isPromptLine reports whether a whole block is a prompt or marker (isNoiseLine's
// lines that are not a photo's caption or credit).
func isPromptLine(s string) bool {
	if len(s) > maxNoiseLine {
		return false
	}
	// A rune that folds to one of the letters of "Perbesar" has at most
	// utf8.UTFMax bytes: a longer line is not the word.
	// The page index and the hashtags are looked for only in a line of
	// their length and first byte.
	return noiseStart(s) || len(s) <= utf8.UTFMax*len("Perbesar") && strings.EqualFold(s, "Perbesar") ||
		isFollowPrompt(s) || len(s) <= maxPageIndex && isPageIndex(s) || strings.HasPrefix(s, "#") && isHashtagLine(s)
}

// isCaptionLine reports whether a whole block is a photo's caption or its credit.
func isCaptionLine(s string) bool {
	return len(s) <= maxNoiseLine && (isPhotoCredit(s) || isCaption(s))
}

// noiseStart reports whether s opens with one of noiseLines.
func noiseStart(s string) bool {
	if len(s) >= 2 {
		second := lowerByte(s[1])
		for _, n := range noiseByStart[lowerByte(s[0])] {
			// The lines are ASCII but for "©", which has no other case:
			// s opens with n only if each of its bytes folds to n's as
			// lowerByte folds it (byFirstByte), its last one too.
			if n[1] == second && len(s) >= len(n) && lowerByte(s[len(n)-1]) == n[len(n)-1] && strings.EqualFold(s[:len(n)], n) {
				return true
			}
		}
	}
	return false
}

// maxPageIndex is the longest section pager's label (isPageIndex).
const maxPageIndex = 32

// isPageIndex reports whether s is a section pager's label: "2 dari 6
// halaman" (Liputan6's multisection articles), "Halaman 2 dari 6".
func isPageIndex(s string) bool {
	if len(s) > maxPageIndex || indexFold(s, "dari") < 0 {
		return false // the label is four short words, one of them "dari"
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
func isSmallNumber(s string) bool { return len(s) <= 3 && isAllDigits(s) }

// isCaption reports whether s is a photo caption left in the body, ending
// with its credit: "Taylor Swift memberi tepuk tangan. Foto: Grammy".
func isCaption(s string) bool {
	// A wire photo's credit closing the block, its bracket opening less
	// than 60 bytes before the end: "... Sabtu (23/1/2021). (AP Photo/Vincent
	// Yu)", "… (ANTARA FOTO/Nama)".
	if len(s) <= 400 && strings.HasSuffix(s, ")") {
		tail := s[max(0, len(s)-59):]
		if open := strings.LastIndexByte(tail, '('); open >= 0 {
			credit := tail[open:]
			for _, l := range []string{"Photo/", "Foto/", "FOTO/", "(Photo:", "(Foto:"} {
				if strings.Contains(credit, l) {
					return true
				}
			}
			// "(credit: instagram/x)", "(Credit:Dokumentasi Pribadi)": the
			// picture's source, closing its caption.
			if len(credit) > 8 && strings.EqualFold(credit[:8], "(credit:") {
				return true
			}
		}
	}
	if len(s) > 250 || strings.IndexByte(s, ':') < 0 {
		return false
	}
	// A short line with no sentence in it, crediting its source at the end
	// (less than 50 bytes before it): "Tanda Pria Jatuh Cinta (Sumber: Pixabay)".
	if from := max(0, len(s)-49); len(s) <= 150 && strings.HasSuffix(s, ")") && strings.Contains(s[from:], " (") {
		for _, l := range []string{" (Sumber: ", " (sumber: ", " (Source: "} {
			if i := strings.LastIndex(s[from:], l); i >= 0 && from+i > 0 && !strings.ContainsAny(s[:from+i], ".!?") {
				return true
			}
		}
	}
	// A credit label less than 60 bytes before the end (each closes with
	// ": " and names a photo: "oto", "OTO").
	if from := max(0, len(s)-59); strings.Contains(s[from:], ": ") && (strings.Contains(s[from:], "oto") || strings.Contains(s[from:], "OTO")) {
		for _, l := range []string{"Foto: ", "Foto : ", "FOTO: ", "(Foto: ", "Photo: "} {
			if i := strings.LastIndex(s[from:], l); i >= 0 {
				if i += from; i == 0 || s[i-1] == ' ' || s[i-1] == '.' || s[i-1] == '(' {
					c := s[i+len(l):]
					return !strings.ContainsAny(c, ".!?") || strings.HasSuffix(s, ")") || isSourceText(c)
				}
			}
		}
	}
	// A caption under its label, closing with the photographer and the
	// outlet: "Foto: Rapat pembahasan … (Arief/detikcom)", "Foto: Petani
	// memanen cabai … (9/7/2025). ANTARA/Nama".
	if strings.HasPrefix(s, "Foto: ") || strings.HasPrefix(s, "FOTO: ") {
		if open := strings.LastIndexByte(s, '('); open > 0 && strings.HasSuffix(s, ")") && len(s)-open < 40 && strings.IndexByte(s[open:], '/') > 0 {
			return true
		}
		if _, credit := splitCredit(s[len("Foto: "):]); credit != "" && strings.Contains(credit, "/") {
			return true
		}
	}
	return false
}

// isPhotoCredit reports whether s is a photo caption that a scraper glued
// into the text, opening with its credit: "NOEL CELIS / AFPPM Kamboja Hun Sen."
func isPhotoCredit(s string) bool {
	if len(s) >= 200 {
		return false
	}
	// The credit is at most 40 bytes. Most lines hold no slash there, which
	// is quicker to tell than where " / " stands.
	if strings.IndexByte(s[:min(len(s), 43)], '/') < 0 {
		return false
	}
	slash := strings.Index(s[:min(len(s), 43)], " / ")
	if slash <= 0 || slash > 40 {
		return false
	}
	for i := 0; i < slash; i++ {
		c := s[i]
		if isLowerByte(c) {
			return false
		}
	}
	return true
}

// noiseByStart indexes noiseLines by their first byte.
var noiseByStart = byFirstByte(noiseLines)

// byFirstByte indexes words by their first byte, in their order. For words
// in lower-case ASCII it tells which may open a text in either case:
// strings.EqualFold matches an ASCII string only with one of as many bytes,
// ASCII too.
func byFirstByte(words []string) (t [256][]string) {
	for _, w := range words {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}

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

// textTail cleans the end of a text body, where scrapers keep what the page
// printed under the story. The desk's sign-off initials ("(anl/ega)") end
// the article: short lines after them that end no sentence are the page's
// furniture (the tag list, a promo box), not text. Without a sign-off, a
// run of two or more keyword lines closing the body ("pupuk kaltim",
// "hewan kurban") is the tag list. A video embed's title ("Video: Judul",
// or "Video Judul" printed twice, or closing the story) is a promo.
//
// signOff is the number of paragraphs before a sign-off line that was
// already taken from the body, or -1.
func textTail(paras []block, signOff int) []block {
	end := len(paras)
	k := signOffAt(paras)
	after := k + 1
	if k < 0 && signOff >= 0 && signOff >= len(paras)-maxSignOffDistance {
		k, after = signOff, signOff
	}
	if k >= 0 {
		furniture := true
		for _, b := range paras[after:] {
			if !isTailFurniture(b.text) {
				furniture = false
				break
			}
		}
		if furniture {
			end = after
		}
	} else {
		n := 0
		for n < end && isKeywordLine(paras[end-1-n].text) {
			n++
		}
		if n >= 2 {
			end -= n
		}
	}
	paras = paras[:end]
	// The video promos: drop them in place, keeping the order of the rest.
	out := paras[:0]
	for i := range paras {
		if !strings.HasPrefix(paras[i].text, "Video") || !isVideoPromo(paras, i) { // a promo opens "Video"
			out = append(out, paras[i])
		}
	}
	return out
}

// maxSignOffDistance is how far from the end of a text body the sign-off
// initials may stand: a tag list and a promo box follow them.
const maxSignOffDistance = 16

// signOffAt returns the index of the last block that is only the desk's
// sign-off initials in parentheses ("(anl/ega)", "(kha)"), among the last
// blocks of the body, or -1.
func signOffAt(paras []block) int {
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-maxSignOffDistance; i-- {
		if isSignOff(paras[i].text) {
			return i
		}
	}
	return -1
}

// isSignOff reports whether s is the initials of the article's writer and
// editor in parentheses and nothing else: "(anl/ega)", "(kha.-)".
func isSignOff(s string) bool {
	if len(s) < 3 || len(s) > 24 || s[0] != '(' || s[len(s)-1] != ')' {
		return false
	}
	return signOffCode(strings.TrimRight(s[1:len(s)-1], ".- "))
}

// signOffCode reports whether in, the inside of a closing bracket, is the
// desk's initials: "anl/ega", "kha", never a capitalised word alone.
func signOffCode(in string) bool {
	return isInitials(strings.Split(in, "/")) && (strings.Contains(in, "/") || strings.ToLower(in) == in)
}

// isTailFurniture reports whether a line after the sign-off is page
// furniture: short, and ending no sentence (a tag, a box's heading, a
// "Selengkapnya" button).
func isTailFurniture(s string) bool {
	if len(s) > 100 || wordCount(s) > 12 {
		return false
	}
	switch s[len(s)-1] {
	case '.', '"', '\'':
		return false
	}
	return !strings.HasSuffix(s, "”")
}

// isKeywordLine reports whether s reads as one tag of a tag list: one to
// five lower-case words with no sentence punctuation ("pupuk kaltim",
// "undang-undang no. 1 tahun 2022"), not a lone small word ("dan").
func isKeywordLine(s string) bool {
	if len(s) > 60 || s == "" {
		return false
	}
	if n := wordCount(s); n > 5 || n == 1 && titleSmallWords[s] {
		return false
	}
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isLowerByte(c):
			letters++
		case c >= '0' && c <= '9', c == ' ', c == '-', c == '&', c >= utf8.RuneSelf:
		case c == '.' && i > 0 && i+1 < len(s) && s[i+1] == ' ':
		default:
			return false
		}
	}
	return letters >= 2
}

// isVideoPromo reports whether paras[i] is the title of a video offered
// beside the story: "Video: Judul" (the label and a headline), or a
// headline opening "Video" that is printed twice in a row or closes the
// story (nothing but the sign-off after it). A subheading "Video …"
// followed by text about that video is the article's and stays.
func isVideoPromo(paras []block, i int) bool {
	s := paras[i].text
	if len(s) < 8 || len(s) > 200 || !strings.HasPrefix(s, "Video") {
		return false
	}
	rest := s[len("Video"):]
	colon := strings.HasPrefix(rest, ": ")
	if colon {
		rest = rest[2:]
	} else if len(rest) < 2 || rest[0] != ' ' || !isUpperByte(rest[1]) && !isDigit(rest[1]) && rest[1] != '\'' && rest[1] != '"' {
		return false
	} else {
		rest = rest[1:]
	}
	if colon {
		// The label says what follows is a video's title, in any case.
		return !strings.HasSuffix(rest, ".") && !strings.Contains(rest, ". ") && wordCount(rest) <= 25
	}
	if !isHeadlineText(rest) {
		return false
	}
	twice := i > 0 && paras[i-1].text == s || i+1 < len(paras) && paras[i+1].text == s
	last := i+1 == len(paras) || i+2 == len(paras) && isSignOff(paras[i+1].text)
	return twice || last
}

// isHeadlineText reports whether s reads as a headline: a capital first,
// at most 25 words, and no period ending it or a sentence inside it
// ("Kenapa Nanas Bisa Buat Empuk Daging? Ini Penjelasan Ilmiahnya" is one).
func isHeadlineText(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '\'' && r != '"' && r != '‘' && r != '“' {
		return false
	}
	if strings.HasSuffix(s, ".") || strings.Contains(s, ". ") {
		return false
	}
	return wordCount(s) <= 25
}

// followChannels are the channels a follow prompt names, lower-cased.
var followChannels = []string{"whatsapp", "google news", "telegram", "saluran", "channel"}

// followOpeners may stand before a follow prompt's verb, lower-cased, in
// the order they are cut: "Ayo ikuti …", "Jangan lupa follow …".
var followOpeners = []string{"ayo ", "yuk ", "yuk, ", "jangan lupa ", "ingin "}

// isFollowVerb reports whether w, lower-cased, opens a follow prompt: the
// reader is asked to follow, join, open or read the outlet on a channel.
func isFollowVerb(w []byte) bool {
	switch string(w) {
	case "ikuti", "follow", "gabung", "bergabung", "join", "akses",
		"baca", "dapatkan", "klik", "simak", "pantau", "subscribe", "pilih", "temukan":
		return true
	}
	return false
}

// isFollowPrompt reports whether s asks the reader to follow the outlet on
// a messaging or news channel: "Ikuti saluran WhatsApp X", "(Ayo ikuti
// saluran WhatsApp …)", "Akses X di Google News atau WhatsApp Channel",
// "- Baca Berita Terbaru Lainnya di GOOGLE NEWS", or a line holding a
// WhatsApp channel's link. A sentence that only mentions WhatsApp does
// not open with such a verb and stays.
func isFollowPrompt(s string) bool {
	if len(s) > maxFollowPrompt {
		return false
	}
	// A channel's link, as printed (links are lower case).
	if strings.IndexByte(s, '/') >= 0 && strings.Contains(s, "whatsapp.com/channel") {
		return true
	}
	l := s
	for l != "" {
		if c := l[0]; c == '(' || c == '-' || c == '*' || c == ' ' {
			l = l[1:]
		} else if strings.HasPrefix(l, "–") || strings.HasPrefix(l, "•") {
			l = l[len("–"):]
		} else {
			break
		}
	}
	if l == "" {
		return false
	}
	switch lowerByte(l[0]) {
	case 'a', 'y', 'j', 'i', 'f', 'g', 'b', 'd', 'k', 's', 'p', 't':
	default:
		return false // no verb, "Ayo", "Yuk", "Ingin" nor "Jangan lupa" opens l
	}
	if c := lowerByte(l[0]); c == 'a' || c == 'y' || c == 'j' || c == 'i' {
		for _, p := range followOpeners {
			if len(l) > len(p) && lowerByte(l[0]) == p[0] && lowerByte(l[1]) == p[1] && strings.EqualFold(l[:len(p)], p) {
				l = l[len(p):]
			}
		}
	}
	w := l
	if i := strings.IndexByte(l, ' '); i > 0 {
		w = l[:i]
	}
	var buf [12]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte(w[i])
	}
	if !isFollowVerb(buf[:len(w)]) {
		return false
	}
	// The words are looked for in a copy of s lower-cased once (ASCII, as
	// indexFold folds it).
	var lowBuf [maxFollowPrompt]byte
	low := lowerInto(lowBuf[:], s)
	for _, c := range followChannels {
		if bytes.Contains(low, []byte(c)) {
			return true
		}
	}
	// "Baca juga berita lainnya di Warta.com.", "Temukan ulasan menarik
	// lainnya di warta.com": more of the outlet's reading, at its site.
	return (bytes.Contains(low, []byte("lainnya")) || bytes.Contains(low, []byte("selengkapnya"))) && siteAfterDi(s)
}

// maxFollowPrompt is the longest line isFollowPrompt reads.
const maxFollowPrompt = 300

// siteAfterDi reports whether s names a site after "di": "di Warta.com".
func siteAfterDi(s string) bool {
	for i := indexFold(s, " di "); i >= 0; {
		w, _, _ := strings.Cut(s[i+len(" di "):], " ")
		if isOutletName(strings.TrimRight(w, ".,!?)")) && strings.IndexByte(w, '.') > 0 {
			return true
		}
		k := indexFold(s[i+1:], " di ")
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// indexFold returns the index of the first instance of word, an ASCII
// lower-case string, in s in any case, or -1.
func indexFold[T ~string | ~[]byte](s T, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		k := 0
		for k < len(word) && lowerByte(s[i+k]) == word[k] {
			k++
		}
		if k == len(word) {
			return i
		}
	}
	return -1
}

// isSourceText reports whether c, the text after a "Foto:" label, names a
// source and says nothing more: a few words, abbreviations such as "Dok."
// allowed, no comma, question or exclamation ("Dok. Xpeng", "Septian
// Farhan Nurhuda/detik.com", "Prime Video.").
func isSourceText(c string) bool {
	return wordCount(c) <= 6 && !strings.ContainsAny(c, ",!?;\"“")
}
