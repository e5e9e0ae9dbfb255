package berita

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A dateline opens the lead: "JAKARTA, KOMPAS.com -", "TRIBUNNEWS.COM -",
// "Jakarta -", "JAKARTA (ANTARA) -", "Jakarta, CNN Indonesia --",
// "TEMPO.CO, Jakarta -", "KOMPAS.com—". The dash may be a hyphen, an en or em
// dash or a double hyphen, with or without spaces.

// maxDateline bounds how far into the lead a dateline's dash may stand.
const maxDateline = 80

// cutDateline finds a dateline at the start of s. It returns the dateline,
// any text glued before it (a headline and byline in whole-block scrapes),
// and the lead without it. ok is false when s opens with no dateline.
func cutDateline(s string) (d Dateline, prefix, rest string, ok bool) {
	limit := min(len(s), maxDateline+120)
	stops := newByteFinder(s[:limit], datelineStops) // only a colon or a dash may close it
	for i := stops.from(0); i < limit; i = stops.from(i + 1) {
		if s[i] == ':' && i > 0 {
			// "BATAM, POSMETRO.CO: Teks", "KARIMUN, POSMETRO.CO:Teks": a
			// colon closes a dateline that names its outlet.
			if d, rest, ok := colonDateline(s, i); ok {
				return d, "", rest, true
			}
			continue
		}
		n := datelineDash(s, i)
		if n == 0 {
			continue
		}
		before := strings.TrimRight(s[:i], " ")
		after := strings.TrimLeft(s[i+n:], " ")
		spaced := i > 0 && s[i-1] == ' ' || i+n < len(s) && s[i+n] == ' '
		if s[i] == '-' && n == 1 && !spaced && !outletBefore(s[:i]) {
			continue // "Ke-75", "Asia-Pasifik"; but "TEMPO.CO,Jakarta-Teks"
		}
		if after == "" || before == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(after); !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '"' && r != '“' && !camelWord(after) {
			continue
		}
		if dl, ok := parseDateline(before); ok {
			dl.Text = strings.TrimSpace(s[:i+n])
			return dl, "", after, true
		}
		if i > maxDateline+100 {
			break
		}
		// Glued forms: "Laporan Rahmad Wiguna | Aceh TamiangSERAMBINEWS.COM, KUALASIMPANG -"
		// or "Judul BeritaTim RedaksiBANDA ACEH –": the dateline is the upper-case tail.
		if k := gluedDatelineStart(before); k > 0 {
			if dl, ok := parseDateline(before[k:]); ok {
				dl.Text = strings.TrimSpace(s[k : i+n])
				return dl, strings.TrimSpace(before[:k]), after, true
			}
		}
		// Only the first dash that could close a dateline is tried.
		if spaced {
			break
		}
	}
	if d, rest, ok := cutGluedPlace(s); ok {
		return d, "", rest, true
	}
	return Dateline{}, "", s, false
}

// datelineStops are the bytes at which cutDateline tries to close a
// dateline: a colon, a hyphen and 0xe2, the first byte of the en and em
// dashes.
const datelineStops = ":-\xe2"

// outletBefore reports whether s is a dateline that names its outlet
// ("TEMPO.CO,Jakarta", "KOMPAS.com"): a hyphen glued to it on both sides
// still closes it, since an outlet's name does not run into a word.
func outletBefore(s string) bool {
	d, ok := parseDateline(strings.TrimSpace(s))
	return ok && strings.IndexByte(d.Outlet, '.') > 0
}

// cutGluedPlace reads a dateline with no dash whose place a scraper glued
// to the lead's first word: "Liputan6.com, JakartaHarga ...", an outlet,
// a comma, then place words the last of which runs from lower case into a
// capital. The outlet must be a domain or a known outlet name and the
// place a place's shape, so a camel-cased name is not taken for one.
func cutGluedPlace(s string) (Dateline, string, bool) {
	comma := strings.IndexByte(s, ',')
	if comma <= 0 || comma > 40 || !isOutletName(s[:comma]) {
		return Dateline{}, "", false
	}
	start := comma + 1
	for start < len(s) && s[start] == ' ' {
		start++
	}
	limit := min(len(s), start+40)
	for i := start + 1; i+1 < limit; i++ {
		if s[i] == ' ' {
			continue
		}
		if !isLowerByte(s[i]) || !isUpperByte(s[i+1]) && !strings.HasPrefix(s[i+1:], "“") && s[i+1] != '"' {
			continue
		}
		place := s[start : i+1]
		rest := s[i+1:]
		if !isPlace(place) || !strings.ContainsRune(rest, ' ') {
			return Dateline{}, "", false
		}
		// The glued word must be a word: "JakartaHarga", not "JakartaPost".
		quote := rest[0] == '"' || strings.HasPrefix(rest, "“")
		if w, _, _ := strings.Cut(rest, " "); !quote && (len(w) < 2 || !isLowerByte(w[1]) && !isUpperByte(w[1])) {
			return Dateline{}, "", false
		}
		return Dateline{Text: s[:i+1], Place: place, Outlet: s[:comma]}, rest, true
	}
	return Dateline{}, "", false
}

// colonDateline reads a dateline closed by the colon at s[i]: the text
// before it must name the outlet.
func colonDateline(s string, i int) (Dateline, string, bool) {
	before := strings.TrimRight(s[:i], " ")
	after := strings.TrimLeft(s[i+1:], " ")
	if len(before) > maxDateline || after == "" {
		return Dateline{}, "", false
	}
	if r, _ := utf8.DecodeRuneInString(after); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return Dateline{}, "", false
	}
	d, ok := parseDateline(before)
	if !ok || d.Outlet == "" || d.Place == "" && strings.IndexByte(d.Outlet, '.') < 0 {
		return Dateline{}, "", false
	}
	d.Text = strings.TrimSpace(s[:i+1])
	return d, after, true
}

// camelWord reports whether s opens with a word that starts lower-case and
// has a capital inside: "iPhone", "iOS", a name and not a continuation.
func camelWord(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return false
	}
	for _, c := range s[n:] {
		if c == ' ' {
			return false
		}
		if unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// datelineDash returns the length of a dateline dash at s[i] ("-", "--",
// "---", "–", "—"), or 0.
func datelineDash(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "---"):
		return 3
	case strings.HasPrefix(s[i:], "--"):
		return 2
	case s[i] == '-':
		return 1
	case strings.HasPrefix(s[i:], "–"), strings.HasPrefix(s[i:], "—"):
		return len("–")
	}
	return 0
}

// parseDateline reads the text before a dateline's dash: one or two parts
// separated by a comma, or "PLACE (OUTLET)".
func parseDateline(s string) (Dateline, bool) {
	if len(s) > maxDateline {
		return Dateline{}, false
	}
	var d Dateline
	if strings.HasSuffix(s, ")") {
		open := strings.LastIndexByte(s, '(')
		if open <= 0 {
			return d, false
		}
		out := strings.TrimSpace(s[open+1 : len(s)-1])
		// Press releases: "(Antara/PRNewswire)".
		if agency, _, _ := strings.Cut(out, "/"); !isOutletName(out) && !isOutletName(agency) {
			return d, false
		}
		// The comma some print before the bracket: "Mangupura, (Metrobali.com)-".
		place := strings.TrimRight(strings.TrimSpace(s[:open]), ",")
		// ANTARA names the province too: "Mataram, NTB (ANTARA News) -",
		// and releases the date: "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) --".
		city, more, _ := strings.Cut(place, ",")
		more = strings.TrimSpace(more)
		if !isPlace(strings.TrimSpace(city)) {
			return d, false
		}
		switch {
		case more == "":
		case more[0] >= '0' && more[0] <= '9':
			place = strings.TrimSpace(city)
		case !isPlace(more):
			return d, false
		}
		return Dateline{Place: place, Outlet: out}, true
	}
	// "TRIBUN-MEDAN.COM,-", "BANJARMASINPOST.CO.ID, MARTAPURA, -": a
	// comma left before the dash.
	s = strings.TrimRight(strings.TrimSuffix(s, ","), " ")
	a, b, two := strings.Cut(s, ",")
	if !two {
		// "SURYA.co.id | SURABAYA": a bar between outlet and place.
		a, b, two = strings.Cut(s, "|")
	}
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if !two {
		// "Warta.com Inggris ---": a domain, a space, the place.
		o, p, sp := strings.Cut(a, " ")
		switch {
		case isOutletName(a):
			d.Outlet = a
		case sp && strings.IndexByte(o, '.') > 0 && isOutletName(o) && isPlace(p):
			d.Outlet, d.Place = o, p
		case isPlace(a):
			d.Place = a
		default:
			return d, false
		}
		return d, true
	}
	switch {
	case isOutletName(a) && isPlace(b):
		d.Outlet, d.Place = a, b
	case isOutletName(a) && isPlaceAndRegion(b):
		// "Liputan6.com, Washington, DC": a place and its state or province.
		d.Outlet, d.Place = a, b
	case isPlace(a) && isOutletName(b):
		d.Place, d.Outlet = a, b
	default:
		return d, false
	}
	return d, true
}

// isOutletName reports whether s is an outlet's name as datelines print it:
// a domain ("KOMPAS.com", "TRIBUNNEWS.COM", "REPUBLIKA.CO.ID") or a name in
// the outlet table ("ANTARA", "CNN Indonesia", "VIVA").
func isOutletName(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	if lookupLower(datelineOutlets, s) {
		return true
	}
	dot := strings.IndexByte(s, '.')
	if dot <= 0 || strings.ContainsRune(s, ' ') {
		return false
	}
	return lookupLower(outletDomains, s[dot+1:])
}

// outletDomains are the domain endings after the first dot of an outlet's
// name as datelines print it ("KOMPAS.com", "REPUBLIKA.CO.ID"), lower-cased.
var outletDomains = map[string]bool{
	"com": true, "co": true, "co.id": true, "id": true, "net": true, "tv": true, "news": true, "org": true,
	"or.id": true, "web.id": true, "my.id": true, "info": true, "asia": true,
}

// isPlace reports whether s can be a dateline's place: one to four
// capitalised words ("JAKARTA", "Banda Aceh", "KUALASIMPANG").
func isPlace(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(s) {
		n++
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '-' {
				return false
			}
		}
	}
	return n >= 1 && n <= 4
}

// gluedDatelineStart returns where an upper-case dateline starts inside s,
// after text glued to it with no space, or 0.
func gluedDatelineStart(s string) int {
	// Walk back over upper-case words, commas, dots and spaces.
	i := len(s)
	for i > 0 {
		c := s[i-1]
		if isUpperByte(c) || c == ' ' || c == ',' || c == '.' || c == '(' || c == ')' || c == '-' {
			i--
			continue
		}
		break
	}
	if i == 0 || i == len(s) {
		return 0
	}
	// The tail starts where a lower-case letter is glued to an upper-case one.
	if !isLowerByte(s[i-1]) || !isUpperByte(s[i]) {
		return 0
	}
	// "...AFPPM" is not a dateline start; keep tails of two letters or more.
	if i+1 >= len(s) || !isUpperByte(s[i+1]) {
		return 0
	}
	return i
}

// datelineOutlets are outlet names printed in datelines that are not domains,
// lower-cased.
var datelineOutlets = map[string]bool{
	"antara": true, "antara news": true, "antaranews": true, "antaranews.com": true,
	"cnn indonesia": true, "cnnindonesia.com": true, "viva": true, "viva.co.id": true,
	"okezone": true, "tempo": true, "republika": true, "kompas": true, "kompas tv": true,
	"detikcom": true, "detiknews": true, "detik": true, "medcom": true, "medcom.id": true,
	"jpnn": true, "jpnn.com": true, "suara": true, "bisnis": true, "kontan": true,
	"sindonews": true, "inews": true, "idn times": true, "kumparan": true, "beritasatu": true,
	"media indonesia": true, "mi": true, "the jakarta post": true, "jakarta globe": true,
	"tribun": true, "kapanlagi": true, "kapanlagi.com": true, "liputan6": true,
}

// isPlaceAndRegion reports whether s is a place and its region after a
// comma: "Washington, DC", "Mataram, NTB".
func isPlaceAndRegion(s string) bool {
	a, b, ok := strings.Cut(s, ",")
	return ok && isPlace(strings.TrimSpace(a)) && isPlace(strings.TrimSpace(b))
}
