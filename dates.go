package berita

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ErrDayMismatch reports a date whose stated day name is not the day the
// date falls on, as in "Senin, 11 Juli 2023" (11 July 2023 was a Tuesday).
// ParseDate returns it wrapped, together with the date the numbers state.
var ErrDayMismatch = errors.New("berita: day name does not match the date")

// wita and wit are Indonesia's other two zones (wib is in parse.go): Waktu
// Indonesia Tengah (UTC+8: Bali, Nusa Tenggara, Sulawesi, East and South
// Kalimantan) and Waktu Indonesia Timur (UTC+9: Maluku, Papua).
var (
	wita = time.FixedZone("WITA", 8*3600)
	wit  = time.FixedZone("WIT", 9*3600)
)

// ParseDate parses a date as Indonesian news pages print it. It is shorthand
// for new(Parser).ParseDate(s): times printed without a zone are in WIB and
// relative dates ("2 jam lalu") are an error.
func ParseDate(s string) (time.Time, Precision, error) {
	return new(Parser).ParseDate(s)
}

// ParseDate parses a date as Indonesian news pages print it and says how much
// of it the input states. Case does not matter. Text before the date ("Kompas.com -",
// "Diperbarui", "Dipublikasikan", "Update:") and after it ("Dibaca: 1234") is
// skipped; the first date in s is the one returned. The accepted shapes:
//
//	Selasa, 11 Juli 2023 14:30 WIB       detik, Kompas: day name, day, month, year, time
//	Selasa, 11 Jul 2023 | 14:30 WIB      abbreviated month; "|", ",", "-", "pukul" before the time
//	Jum'at, 19 Juni 2015 13:03 WIB       Jumat/Jum'at, Minggu/Ahad; Sen, Sel, Rab, Kam, Jum, Sab, Min
//	Kamis 18 Jun 2015, 07:20 WIB         Jan Feb Mar Apr Mei Jun Jul Agu/Agt/Ags/Agus Sep/Sept Okt Nov/Nop Des
//	4 November 2015, 21.04 WIB           "21.04" as well as "21:04"
//	November 4, 2015 21:04               English month names and order; "9:33 pm"
//	Thu, 05 Nov 2015 10:08:58 +0700      English day names, RFC 1123
//	Jumat, 06/11/2015 08:15 WIB          numeric dates are day first: 6 November
//	Kompas.com - 28/05/2025, 13:30 WIB   Kompas since 2023
//	Selasa (11/7/2023)                   Tribunnews body style; no time → PrecisionDay
//	11-7-2023                            "-" and "." as well as "/"
//	11-12 Juli 2023                      a range: the time of its first day
//	Mei 2023                             PrecisionMonth
//	2015/11/05 10:08                     year first
//	2023-07-11 14:30:05                  PrecisionSecond
//	2023-07-11T14:30:05+07:00            RFC 3339; "Z", "+0700", fractions of a second
//	2015-11-05 T10:08:58Z                broken ISO stamps: a space before the T,
//	2023-11-02T20-59-53Z                 dashes in the time,
//	2019-09-28WIB19:17:34+07:00          a zone name for a T
//	14:30 WIB | Selasa, 11/07/2023       a time before the date
//
// Relative dates are resolved against p.Now, and are an error when it is zero:
//
//	pukul 14.30 WIB, 14:30 WITA          a time alone: that time on p.Now's day
//	baru saja, 30 detik lalu             PrecisionMinute, PrecisionSecond
//	15 menit yang lalu, 2 jam lalu       PrecisionMinute
//	kemarin, hari ini, 3 hari lalu       PrecisionDay (PrecisionMinute with a time: "kemarin 14:30")
//	seminggu lalu, sepekan lalu, 2 minggu lalu
//	4 bulan lalu, sebulan lalu           PrecisionMonth: the first of that month
//	1 tahun lalu, setahun silam          PrecisionYear: 1 January of that year
//	3 hours ago, yesterday, today        English
//	Kamis (3/7), Sabtu (10/12) 22.00     no year: p.Now's, or the year before when the day
//	                                     name fits that year or the date would be after p.Now
//
// The names, in any case: Senin, Selasa, Rabu, Kamis, Jumat (Jum'at),
// Sabtu, Minggu (Ahad), abbreviated Sen, Sel, Rab, Kam, Jum, Sab, Min;
// Januari, Februari (Pebruari), Maret, April, Mei, Juni, Juli, Agustus,
// September, Oktober, November (Nopember), Desember, abbreviated Jan, Feb,
// Mar, Apr, Mei, Jun, Jul, Agu/Agt/Ags/Agus, Sep/Sept, Okt, Nov/Nop, Des, with
// or without a dot; and the English day and month names and abbreviations.
//
// "2023" alone is not a date. Years run from 1900 to 2100; a day must exist
// in its month and an hour must be below 24, or ParseDate fails.
//
// A time printed with a zone keeps it: WIB is UTC+7, WITA UTC+8, WIT UTC+9,
// "Z" and "UTC" are UTC, and an offset is kept as printed, so
// "2023-11-02T20:59:53Z" is 20:59 UTC even when the page meant WIB. A time
// printed without a zone is in p.Location (WIB when nil). The returned time
// is at the start of what it states: midnight for PrecisionDay, the first of
// the month for PrecisionMonth.
//
// When a stated day name does not match the date ("Senin, 11/07/2023"),
// ParseDate returns the date the numbers state, with its precision, and an
// error wrapping ErrDayMismatch.
func (p *Parser) ParseDate(s string) (time.Time, Precision, error) {
	var now time.Time
	loc := wib
	if p != nil {
		now, loc = p.Now, p.location()
	}
	var (
		bad     string    // why the first date-shaped text was out of range
		partial dateMatch // the first date with no year ("Kamis (3/7)")
		lone    clock     // the first time of day seen with no date
		hasPart bool
		hasLone bool
		dayName bool // a day name stood with no date after it ("Selasa pukul 00.00")
	)
	for i := 0; i < len(s); i++ {
		if !tokenStart(s, i) {
			continue
		}
		if r, ok := scanRelative(s, i); ok {
			return resolveRelative(r, now, loc, s)
		}
		if d, ok := scanDate(s, i); ok {
			switch {
			case d.bad != "":
				if bad == "" {
					bad = d.bad
				}
			case d.noYear:
				if !hasPart {
					partial, hasPart = d, true
				}
			default:
				c, ok := clockAfter(s, d)
				if !ok && hasLone && skipClockSep(s, lone.end) == i {
					c, ok = lone, true
				}
				return buildDate(d, c, ok, loc, s)
			}
			i = d.end - 1 // "31 Juni 2023" must not turn into "Juni 2023"
			continue
		}
		if !hasLone {
			lone, hasLone = scanClock(s, i, false)
		}
		if w, _ := calWordAt(s, i); w.isDay && !w.short {
			dayName = true
		}
	}
	switch {
	case hasPart:
		if now.IsZero() {
			return time.Time{}, PrecisionNone, fmt.Errorf("berita: no year in %q", clip(s))
		}
		if !guessYear(&partial, now.In(loc), true) {
			return time.Time{}, PrecisionNone, fmt.Errorf("berita: day out of range in %q", clip(s))
		}
		c, ok := clockAfter(s, partial)
		return buildDate(partial, c, ok, loc, s)
	case bad != "":
		return time.Time{}, PrecisionNone, fmt.Errorf("berita: %s in %q", bad, clip(s))
	case hasLone && dayName:
		// The time is on that day of some week, not today's: which
		// date it is the text does not say.
		return time.Time{}, PrecisionNone, fmt.Errorf("berita: a day name and a time but no date in %q", clip(s))
	case hasLone:
		if now.IsZero() {
			return time.Time{}, PrecisionNone, fmt.Errorf("berita: time without a date in %q (Parser.Now is not set)", clip(s))
		}
		return resolveRelative(relative{unit: relDay, clock: lone, hasClock: true}, now, loc, s)
	}
	return time.Time{}, PrecisionNone, fmt.Errorf("berita: no date in %q", clip(s))
}

// clip shortens s for quoting in an error: a date is short, and an error
// should not carry a megabyte of page.
func clip(s string) string {
	const limit = 80
	if len(s) <= limit {
		return s
	}
	i := limit
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}

// asLocalWall returns t's wall clock read in loc, dropping the zone t carries.
// Some outlets' metadata prints a WIB wall clock with "Z" or "-07:00"
// (detik's `publishdate` meta), and a page may show a time with no zone at
// all: the HTML front end reads them in the zone it finds the page uses.
func asLocalWall(t time.Time, loc *time.Location) time.Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, m, d, h, mi, s, t.Nanosecond(), loc)
}

// buildDate makes the time of a date and, if hasClock, its time of day, and
// checks the stated day name.
func buildDate(d dateMatch, c clock, hasClock bool, loc *time.Location, s string) (time.Time, Precision, error) {
	if hasClock && c.bad != "" {
		return time.Time{}, PrecisionNone, fmt.Errorf("berita: %s in %q", c.bad, clip(s))
	}
	prec := d.prec
	if hasClock && c.loc != nil {
		loc = c.loc
	}
	var t time.Time
	if hasClock && prec == PrecisionDay {
		t = time.Date(d.year, time.Month(d.month), d.day, c.hour, c.min, c.sec, c.nsec, loc)
		prec = c.prec
	} else {
		day := d.day
		if prec == PrecisionMonth {
			day = 1
		}
		t = time.Date(d.year, time.Month(d.month), day, 0, 0, 0, 0, loc)
	}
	if d.weekday >= 0 && prec >= PrecisionDay && int(t.Weekday()) != d.weekday {
		return t, prec, fmt.Errorf("%w in %q: %s is a %s", ErrDayMismatch, clip(s), t.Format("2006-01-02"), t.Weekday())
	}
	return t, prec, nil
}

// findDates returns the dates mentioned in the paragraphs' text, in order:
//
//	Selasa (11/7/2023), Kamis, 26 Juni 2025, 28 Mei 2025, 11-7-2023   PrecisionDay
//	11-12 Juli 2023                                                   a range: its first day; Text is the whole range
//	Mei 2023                                                          PrecisionMonth
//	Kamis (3/7), 28 Mei                                               the year of ref (skipped when ref is zero)
//	Selasa, Rabu dini hari                                            the last such day on or before ref (skipped when ref is zero)
//
// A bare year ("pada 2018") and a bare month ("Mei") are not mentions. A day
// name counts only when capitalised, and "Minggu", which is also "week", only
// when "(" or "," follows it or it stands capitalised mid-sentence, and never
// in "Minggu lalu", "Minggu depan" or "Minggu ini". Times are in loc (WIB when
// nil).
func findDates(paras []Paragraph, ref time.Time, loc *time.Location) []DateMention {
	if loc == nil {
		loc = wib
	}
	if !ref.IsZero() {
		ref = ref.In(loc)
	}
	var out []DateMention
	for pi := range paras {
		s := paras[pi].Text
		heading := paras[pi].Kind == KindHeading
		// A mention opens a run of digits or of letters: the runs are
		// counted from the paragraph's start and again from each
		// mention's end (from). Only a digit or a capital opens one.
		from := 0
		for i := 0; ; i++ {
			if i = nextOpener(s, i, from); i == len(s) {
				break
			}
			if isDigit(s[i]) {
				if _, n := digits(s, i); !numberOpensDate(s, i, n) || !numberStart(s, i) {
					continue
				}
			} else if !calShaped(s, i) || !wordStart(s, i) {
				continue
			}
			if m, e, ok := mentionAt(s, i, ref, loc, heading); ok {
				m.Paragraph = pi
				if out == nil {
					out = make([]DateMention, 0, 4) // most texts mention a few dates
				}
				out = append(out, m)
				i, from = e-1, e
			}
		}
	}
	return out
}

// nextOpener returns the index of the first digit or capital at or after
// s[i] that opens a run of digits or of letters counted from s[from], or
// len(s) when there is none. A capital counts only when its run's first
// three letters are those of a month's or a day's name (calStarts): most
// capitalised words are names, which this turns away at once.
//
// It reads s sixteen bytes at a time, as two 64-bit words: most words of
// a text hold no digit or capital at all (dateBytes), and are passed at
// once.
func nextOpener(s string, i, from int) int {
	for ; i <= len(s)-16; i += 16 {
		m, n := dateBytes(word8(s[i:])), dateBytes(word8(s[i+8:]))
		if m|n == 0 {
			continue
		}
		if m != 0 {
			if k := firstOpener(s, i, from, m); k >= 0 {
				return k
			}
		}
		if n != 0 {
			if k := firstOpener(s, i+8, from, n); k >= 0 {
				return k
			}
		}
	}
	if i <= len(s)-8 {
		if k := firstOpener(s, i, from, dateBytes(word8(s[i:]))); k >= 0 {
			return k
		}
		i += 8
	}
	if i < len(s) {
		// The last bytes, zeros after them: read as the top of the
		// word that ends s, or one at a time in a short text.
		var w uint64
		if len(s) >= 8 {
			w = word8(s[len(s)-8:]) >> (8 * (i - (len(s) - 8)))
		} else {
			for k := len(s) - 1; k >= i; k-- {
				w = w<<8 | uint64(s[k])
			}
		}
		if k := firstOpener(s, i, from, dateBytes(w)); k >= 0 {
			return k
		}
	}
	return len(s)
}

// dateBytes sets the top bit of the bytes of the word w that are from '0'
// to '_', among them the digits and capitals. A byte b below 0x80 is from
// '0' to '_' when b+0x50 sets its top bit and b+0x20 does not. A byte from
// 0x80 up (UTF-8) never passes both (b+0x50 sets it only below 0xb0, b+0x20
// up to 0xdf), though its carry may add 1 to the byte after it: that lets
// a '/' after it through, and keeps out a '_', neither a digit nor a
// capital.
func dateBytes(w uint64) uint64 {
	return (w + 0x50*ones8) &^ (w + 0x20*ones8) & tops8
}

// firstOpener returns the index of the first opener (see nextOpener) among
// the bytes s[i:i+8] that dateBytes marks in m, or -1 when there is none.
func firstOpener(s string, i, from int, m uint64) int {
	for ; m != 0; m &= m - 1 {
		k := i + bits.TrailingZeros64(m)>>3
		switch c := s[k]; {
		case 'A' <= c && c <= 'Z':
			if k+3 > len(s) {
				break
			}
			if w := s[k : k+3]; calStarts[int(c&31)<<5|int(w[1]&31)]&(1<<(w[2]&31)) != 0 &&
				isLetter(w[1]) && isLetter(w[2]) && (k == from || !isLetter(s[k-1])) {
				return k
			}
		case isDigit(c):
			if k == from || !isDigit(s[k-1]) {
				return k
			}
		}
	}
	return -1
}

// calStarts holds the first three letters of calWords' words, blind to
// case: bit c&31 of calStarts[(a&31)<<5|(b&31)] is set for each word
// opening with the letters a, b, c.
var calStarts = func() (t [32 * 32]uint32) {
	for w := range calWords {
		t[int(w[0]&31)<<5|int(w[1]&31)] |= 1 << (w[2] & 31)
	}
	return t
}()

// numberOpensDate says whether the run of n digits at s[i] may open a date
// (see scanDateCore): a day of one or two digits, or the year of
// "2023-07-11", with a separator and a digit after it.
func numberOpensDate(s string, i, n int) bool {
	switch k := i + n; {
	case n <= 2:
		return true
	case n == 4:
		return k+1 < len(s) && isDateSep(s[k]) && isDigit(s[k+1])
	}
	return false
}

// calShaped says whether the capital s[i], an opener, opens a word that
// may be a month's or a day's name: a run of 3 to 9 letters that one of
// calWords has the shape of (which is blind to case), or that an
// apostrophe after it may go on with ("Jum'at" counts to the apostrophe).
func calShaped(s string, i int) bool {
	end := i + 3 // an opener's first three bytes are letters
	for end < len(s) && isLetter(s[end]) {
		end++
	}
	if end-i > 9 {
		return false
	}
	if calFilter.hasShape(shapeOf(s[i:end])) {
		return true
	}
	return end < len(s) && (s[end] == '\'' || strings.HasPrefix(s[end:], "’"))
}

// mentionAt reads a date mention starting at s[i], a digit or a capital letter.
func mentionAt(s string, i int, ref time.Time, loc *time.Location, heading bool) (DateMention, int, bool) {
	var w calWord
	wend := i
	if isLetter(s[i]) {
		w, wend = calWordAt(s, i)
		if w.month == 0 && !w.isDay || w.short && w.isDay {
			return DateMention{}, 0, false
		}
	}
	if d, ok := scanDateWord(s, i, w, wend); ok && d.bad == "" && mentionable(d) {
		if !d.noYear || guessYear(&d, ref, false) {
			t, _, _ := buildDate(d, clock{}, false, loc, "")
			return DateMention{Text: s[i:d.end], Time: t, Precision: d.prec}, d.end, true
		}
	}
	if !w.isDay || ref.IsZero() || !dayStands(s, i, wend, w, heading) {
		return DateMention{}, 0, false
	}
	back := (int(ref.Weekday()) - int(w.day) + 7) % 7
	y, m, d := ref.Date()
	t := time.Date(y, m, d-back, 0, 0, 0, 0, loc)
	return DateMention{Text: s[i:wend], Time: t, Precision: PrecisionDay}, wend, true
}

// mentionable says whether a date read from running text is specific enough
// to be one: "3/7" needs a day name before it ("Kamis (3/7)"), and a month
// needs its full name unless day and year both stand beside it ("5 Nov 2015").
func mentionable(d dateMatch) bool {
	switch {
	case d.numeric:
		return !d.noYear || d.weekday >= 0
	case d.iso:
		return true
	case d.short:
		return !d.noYear && d.prec == PrecisionDay
	}
	return true
}

// dayStands says whether the day name s[i:end], with no date beside it, names
// a day. "Minggu" is also "week": it counts when "(" or "," follows, or when
// it stands capitalised mid-sentence outside a heading, and never before
// "lalu", "depan", "ini" and the like.
func dayStands(s string, i, end int, w calWord, heading bool) bool {
	if w.day != time.Sunday || !strings.EqualFold(s[i:end], "minggu") {
		return true
	}
	j := skipSpace(s, end)
	if j < len(s) && (s[j] == '(' || s[j] == ',') {
		return true
	}
	if heading || sentenceStart(s, i) {
		return false
	}
	if j < len(s) && isLetter(s[j]) {
		_, e := wordAt(s, j, nil)
		for _, x := range weekWords {
			if strings.EqualFold(s[j:e], x) {
				return false
			}
		}
	}
	if j < len(s) && s[j] == '-' { // "Minggu-minggu", "minggu-ke"
		return false
	}
	return true
}

// weekWords follow "minggu" when it means a week: "minggu lalu", "minggu depan".
var weekWords = []string{"lalu", "depan", "ini", "itu", "ke", "yang", "pertama", "kedua", "ketiga", "keempat", "terakhir", "sebelumnya", "berikutnya", "kemarin"}

// sentenceStart says whether s[i] begins its paragraph or a sentence.
func sentenceStart(s string, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case unicode.IsSpace(r):
			i -= n
			continue
		case r == '.' || r == '!' || r == '?' || r == '"' || r == '“' || r == '‘' || r == '\'':
			return true
		}
		return false
	}
	return true
}

// guessYear gives a date with no year ("Kamis (3/7)") the year of ref, or the
// year before when that makes the stated day name fit, or, if past, when the
// date would otherwise be more than a day after ref. It reports false when ref
// is zero or the day does not exist in that year.
func guessYear(d *dateMatch, ref time.Time, past bool) bool {
	if ref.IsZero() {
		return false
	}
	y := ref.Year()
	switch {
	case d.weekday >= 0:
		if weekday(y, d.month, d.day) != d.weekday && weekday(y-1, d.month, d.day) == d.weekday {
			y--
		}
	case past:
		if time.Date(y, time.Month(d.month), d.day, 0, 0, 0, 0, ref.Location()).After(ref.AddDate(0, 0, 1)) {
			y--
		}
	}
	d.year, d.noYear = y, false
	d.check()
	return d.bad == ""
}

func weekday(y, m, d int) int {
	return int(time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Weekday())
}

// A dateMatch is a calendar date read from the input, without its time of day.
type dateMatch struct {
	year, month, day int
	weekday          int       // the stated day name's time.Weekday; -1 when none
	prec             Precision // PrecisionDay or PrecisionMonth
	noYear           bool      // "3/7", "28 Mei": the year is left to the caller
	short            bool      // the month is abbreviated ("Nov")
	numeric          bool      // "11/7/2023"
	iso              bool      // year first: a "T" or a zone name may precede the time
	end              int       // the offset just past the date
	bad              string    // set when the shape matched but a field is out of range
	rangeEnd         bool      // the date ends a range: it does not start another
}

// check validates the date's fields and sets d.bad when one is out of range.
func (d *dateMatch) check() {
	switch {
	case !d.noYear && (d.year < 1900 || d.year > 2100):
		d.bad = "year out of range"
	case d.month < 1 || d.month > 12:
		d.bad = "month out of range"
	case d.prec == PrecisionDay && (d.day < 1 || d.day > daysIn(d.month, d.year, d.noYear)):
		d.bad = "day out of range"
	}
}

var monthDays = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// daysIn returns the number of days in month m (1-12) of year y; with
// anyYear, February has 29.
func daysIn(m, y int, anyYear bool) int {
	if m == 2 && (anyYear || y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		return 29
	}
	return monthDays[m]
}

// scanDate reads a date starting at s[i]: an optional day name and its
// separator, then one of the date shapes ParseDate lists. It reports false
// when s[i:] does not have a date's shape; a date of the right shape with a
// field out of range is returned with d.bad set.
func scanDate(s string, i int) (dateMatch, bool) {
	w, end := calWordAt(s, i)
	return scanDateWord(s, i, w, end)
}

// scanDateWord is scanDate with the word at s[i] looked up already: w and
// end are what calWordAt returns for it.
func scanDateWord(s string, i int, w calWord, end int) (d dateMatch, ok bool) {
	d.weekday = -1
	j := i
	paren := false
	if w.isDay {
		d.weekday = int(w.day)
		j = end
		// "Sen., 11 Jul 2023", "Selasa (11/7/2023)", "Minggu - 22 Maret 2015"
		for j < len(s) {
			if n := spaceAt(s, j); n > 0 {
				j += n
				continue
			}
			c := s[j]
			if c == ',' || c == '.' || c == '-' || c == '|' || c == '/' || c == '(' {
				paren = paren || c == '('
				j++
				continue
			}
			if n := dashAt(s, j); n > 0 {
				j += n
				continue
			}
			break
		}
	}
	if !w.isDay && i < len(s) && isLetter(s[i]) { // the word is read: "Mei 2023"
		ok = monthFirst(s, w, end, &d)
	} else {
		ok = scanDateCore(s, j, &d)
	}
	if !ok {
		return d, false
	}
	if paren && d.end < len(s) && s[d.end] == ')' {
		d.end++
	}
	d.check()
	return d, true
}

// scanDateCore reads the date proper at s[j] into d.
func scanDateCore(s string, j int, d *dateMatch) bool {
	if j >= len(s) {
		return false
	}
	if isLetter(s[j]) {
		w, end := calWordAt(s, j)
		return monthFirst(s, w, end, d)
	}
	d.prec = PrecisionDay
	if !isDigit(s[j]) {
		return false
	}
	v1, n1 := digits(s, j)
	k := j + n1
	if n1 == 4 { // "2023-07-11", "2015/11/05"
		if k+1 >= len(s) || !isDateSep(s[k]) || !isDigit(s[k+1]) {
			return false
		}
		sep := s[k]
		m, nm := digits(s, k+1)
		k += 1 + nm
		if nm > 2 || k+1 >= len(s) || s[k] != sep || !isDigit(s[k+1]) {
			return false
		}
		dd, nd := digits(s, k+1)
		if nd > 2 {
			return false
		}
		d.year, d.month, d.day, d.end, d.iso = v1, m, dd, k+1+nd, true
		return true
	}
	if n1 > 2 {
		return false
	}
	if k+1 < len(s) && isDateSep(s[k]) && isDigit(s[k+1]) { // "11/7/2023"
		sep := s[k]
		v2, n2 := digits(s, k+1)
		k2 := k + 1 + n2
		if n2 > 2 {
			return false
		}
		if k2+1 < len(s) && s[k2] == sep && isDigit(s[k2+1]) {
			y, ny := digits(s, k2+1)
			if ny != 4 {
				return false
			}
			d.day, d.month, d.year, d.end, d.numeric = v1, v2, y, k2+1+4, true
			return true
		}
		if sep == '/' { // "Kamis (3/7)"
			d.day, d.month, d.end, d.numeric, d.noYear = v1, v2, k2, true, true
			return true
		}
	}
	// "11-12 Juli 2023", "11 - 12 Juli 2023"
	if e := skipSpace(s, k); e < len(s) {
		if n := dashAt(s, e); n > 0 {
			e = skipSpace(s, e+n)
			if v2, n2 := digits(s, e); n2 == 1 || n2 == 2 {
				if m, short, y, end, ok := monthAfter(s, e+n2); ok && v2 >= v1 {
					d.day, d.month, d.short, d.year, d.end, d.noYear = v1, m, short, y, end, y == 0
					return true
				}
			}
		}
	}
	// "11 Juli 2023", "4th November 2015", "28 Mei"
	m, short, y, end, ok := monthAfter(s, skipOrdinal(s, k))
	if !ok {
		return false
	}
	d.day, d.month, d.short, d.year, d.end, d.noYear = v1, m, short, y, end, y == 0
	// The range end is read without recursing further, so that a chain of
	// "1 Mei - 1 Mei - ..." costs no stack.
	if d.noYear && !d.rangeEnd { // "28 Mei - 2 Juni 2025": the year is the range end's
		if e := skipSpace(s, end); e < len(s) {
			if n := dashAt(s, e); n > 0 {
				r := dateMatch{rangeEnd: true}
				e = skipSpace(s, e+n)
				if e < len(s) && isDigit(s[e]) && scanDateCore(s, e, &r) && !r.noYear && !r.iso && !r.numeric {
					d.year, d.end, d.noYear = r.year, r.end, false
					if m > r.month {
						d.year--
					}
				}
			}
		}
	}
	return true
}

// monthFirst reads into d a date that opens with the word w ending at
// s[end], a month's name: "November 4, 2015", "Mei 2023".
func monthFirst(s string, w calWord, end int, d *dateMatch) bool {
	d.prec = PrecisionDay
	if w.month == 0 {
		return false
	}
	d.month, d.short = int(w.month), w.short
	k := skipSpace(s, skipDot(s, end))
	v, n := digits(s, k)
	switch {
	case n == 4:
		d.year, d.prec, d.end = v, PrecisionMonth, k+4
		return true
	case n == 1 || n == 2:
		k = skipSpace(s, skipComma(s, skipOrdinal(s, k+n)))
		y, ny := digits(s, k)
		if ny != 4 {
			return false
		}
		d.day, d.year, d.end = v, y, k+4
		return true
	}
	return false
}

// monthAfter reads " Juli 2023", " Nov. 2015", " Mei" after a day number
// ending at s[k]. year is 0 when none follows.
func monthAfter(s string, k int) (month int, short bool, year, end int, ok bool) {
	j := skipSpace(s, k)
	if j == k {
		return 0, false, 0, 0, false
	}
	w, wend := calWordAt(s, j)
	if w.month == 0 {
		return 0, false, 0, 0, false
	}
	e := skipSpace(s, skipComma(s, skipDot(s, wend)))
	if y, n := digits(s, e); n == 4 && e > wend {
		return int(w.month), w.short, y, e + 4, true
	}
	return int(w.month), w.short, 0, wend, true
}

// A clock is a time of day read from the input.
type clock struct {
	hour, min, sec, nsec int
	prec                 Precision      // PrecisionMinute or PrecisionSecond
	loc                  *time.Location // the zone printed after the time; nil when none
	end                  int            // the offset just past the time and its zone
	bad                  string         // set when a field is out of range
}

// clockAfter reads the time of day that follows date d, if any.
func clockAfter(s string, d dateMatch) (clock, bool) {
	k := d.end
	dash := false
	var mid *time.Location
	if d.iso {
		j := skipSpace(s, k)
		if j+1 < len(s) && (s[j] == 'T' || s[j] == 't') && !isLetter(s[j+1]) {
			k, dash = skipSpace(s, j+1), true
		} else if loc, end := zoneWordAt(s, j); loc != nil && end < len(s) && isDigit(s[end]) {
			k, dash, mid = end, true, loc
		} else {
			k = skipClockSep(s, k)
		}
	} else {
		k = skipClockSep(s, k)
	}
	c, ok := scanClock(s, k, dash)
	if ok && c.loc == nil {
		c.loc = mid
	}
	return c, ok
}

// skipClockSep skips what pages put between a date and its time: spaces,
// ",", "|", "-", "–", "•", ")", "pukul", "pkl.", "jam", "at".
func skipClockSep(s string, k int) int {
	for k < len(s) {
		if n := spaceAt(s, k); n > 0 {
			k += n
			continue
		}
		switch c := s[k]; {
		case c == ',' || c == '|' || c == '-' || c == '/' || c == '.' || c == ')' || c == '@':
			k++
			continue
		case isLetter(c):
			_, end := wordAt(s, k, nil)
			w := s[k:end]
			if strings.EqualFold(w, "pukul") || strings.EqualFold(w, "pkl") || strings.EqualFold(w, "jam") ||
				strings.EqualFold(w, "at") || strings.EqualFold(w, "sekitar") {
				k = end
				continue
			}
			return k
		}
		if n := dashAt(s, k); n > 0 {
			k += n
			continue
		}
		if strings.HasPrefix(s[k:], "•") {
			k += len("•")
			continue
		}
		if strings.HasPrefix(s[k:], "·") {
			k += len("·")
			continue
		}
		return k
	}
	return k
}

// scanClock reads a time of day at s[i]: "14:30", "14.30", "14:30:05",
// "14:30:05.123", "9:33 pm", and the zone after it ("WIB", "Z", "+07:00",
// "GMT+7"). dash also allows "20-59-53" and "205953", which only ISO stamps
// after a "T" use.
func scanClock(s string, i int, dash bool) (c clock, ok bool) {
	h, n := digits(s, i)
	j := i + n
	switch {
	case dash && (n == 4 || n == 6): // "T205953Z"
		v := h
		if n == 6 {
			c.sec, v = v%100, v/100
			c.prec = PrecisionSecond
		}
		h, c.min = v/100, v%100
		if c.prec == 0 {
			c.prec = PrecisionMinute
		}
	case n == 1 || n == 2:
		if j+1 >= len(s) {
			return c, false
		}
		sep := s[j]
		if sep != ':' && sep != '.' && !(dash && sep == '-') {
			return c, false
		}
		m, nm := digits(s, j+1)
		if nm != 2 {
			return c, false
		}
		c.min, c.prec = m, PrecisionMinute
		j += 1 + nm
		if j+1 < len(s) && s[j] == sep && isDigit(s[j+1]) {
			sec, ns := digits(s, j+1)
			if ns != 2 {
				return c, false
			}
			c.sec, c.prec = sec, PrecisionSecond
			j += 1 + ns
		}
	default:
		return c, false
	}
	if c.prec == PrecisionSecond && j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
		f, nf := digits(s, j+1)
		for k := min(nf, 9); k < 9; k++ {
			f *= 10
		}
		c.nsec = f
		j += 1 + nf
	}
	if k := skipSpace(s, j); k < len(s) && isLetter(s[k]) { // "9:33 pm"
		_, end := wordAt(s, k, nil)
		pm := strings.EqualFold(s[k:end], "pm")
		if (pm || strings.EqualFold(s[k:end], "am")) && h >= 1 && h <= 12 {
			h %= 12
			if pm {
				h += 12
			}
			j = end
		} else if k > j && h <= 12 {
			var bad string
			if h, bad = dayPartHour(h, s[k:end]); bad != "" {
				c.bad = bad
			}
		}
	}
	c.hour = h
	if c.bad != "" {
		c.end = j
		return c, true
	}
	// "-07:00" after a time needs seconds or a "T" before it: "pukul
	// 10.00-12.00" is a span, not a zone.
	c.loc, c.end = scanZone(s, j, dash || c.prec == PrecisionSecond)
	switch {
	case c.hour > 23:
		c.bad = "hour out of range"
	case c.min > 59:
		c.bad = "minute out of range"
	case c.sec > 59:
		c.bad = "second out of range"
	}
	return c, true
}

// scanZone reads the zone after a time at s[i]: "Z", "+07:00", "+0700", " WIB",
// " WITA", " WIT", " UTC", " GMT+7"; a negative offset only if minus. It
// returns nil and i when there is none.
func scanZone(s string, i int, minus bool) (*time.Location, int) {
	if i < len(s) && (s[i] == 'Z' || s[i] == 'z') && (i+1 == len(s) || !isLetter(s[i+1])) {
		return time.UTC, i + 1
	}
	if i < len(s) && (s[i] == '+' || minus) {
		if loc, end := scanOffset(s, i); loc != nil {
			return loc, end
		}
	}
	j := skipSpace(s, i)
	if j < len(s) && s[j] == '+' {
		if loc, end := scanOffset(s, j); loc != nil {
			return loc, end
		}
	}
	if loc, end := zoneWordAt(s, j); loc != nil {
		return loc, end
	}
	return nil, i
}

// zoneWordAt reads a zone name at s[j]: WIB, WITA, WIT, UTC, GMT, the last
// two with an optional offset ("GMT+7").
func zoneWordAt(s string, j int) (*time.Location, int) {
	if j >= len(s) || !isLetter(s[j]) {
		return nil, j
	}
	_, end := wordAt(s, j, nil)
	switch w := s[j:end]; {
	case strings.EqualFold(w, "wib"):
		return wib, end
	case strings.EqualFold(w, "wita"):
		return wita, end
	case strings.EqualFold(w, "wit"):
		return wit, end
	case strings.EqualFold(w, "utc") || strings.EqualFold(w, "gmt"):
		if loc, e := scanOffset(s, end); loc != nil {
			return loc, e
		}
		return time.UTC, end
	}
	return nil, j
}

// scanOffset reads a UTC offset at s[i]: "+07:00", "+0700", "+07", "-3".
func scanOffset(s string, i int) (*time.Location, int) {
	if i+1 >= len(s) || s[i] != '+' && s[i] != '-' || !isDigit(s[i+1]) {
		return nil, i
	}
	v, n := digits(s, i+1)
	j := i + 1 + n
	var h, m int
	switch n {
	case 1, 2:
		h = v
		if j+2 < len(s) && s[j] == ':' && isDigit(s[j+1]) {
			mm, nm := digits(s, j+1)
			if nm != 2 {
				return nil, i
			}
			m, j = mm, j+3
		}
	case 4:
		h, m = v/100, v%100
	default:
		return nil, i
	}
	if h > 14 || m > 59 {
		return nil, i
	}
	off := (h*60 + m) * 60
	if s[i] == '-' {
		off = -off
	}
	return zoneFor(off), j
}

// zoneFor returns the zone of a UTC offset in seconds, named for the
// Indonesian zones.
func zoneFor(off int) *time.Location {
	switch off {
	case 0:
		return time.UTC
	case 7 * 3600:
		return wib
	case 8 * 3600:
		return wita
	case 9 * 3600:
		return wit
	}
	return time.FixedZone("", off)
}

// A relUnit is the unit of a relative date.
type relUnit uint8

const (
	relNone relUnit = iota
	relNow
	relSecond
	relMinute
	relHour
	relDay
	relWeek
	relMonth
	relYear
)

// A relative is a date stated relative to now: "2 jam lalu", "kemarin 14:30".
type relative struct {
	unit     relUnit
	n        int
	clock    clock // the time of day after "kemarin" or "hari ini"
	hasClock bool
}

// relUnits are the units of "2 jam lalu", "3 hours ago".
var relUnits = map[string]relUnit{
	"detik": relSecond, "second": relSecond, "seconds": relSecond, "sec": relSecond, "secs": relSecond,
	"menit": relMinute, "mnt": relMinute, "minute": relMinute, "minutes": relMinute, "min": relMinute, "mins": relMinute,
	"jam": relHour, "hour": relHour, "hours": relHour, "hr": relHour, "hrs": relHour,
	"hari": relDay, "day": relDay, "days": relDay,
	"minggu": relWeek, "pekan": relWeek, "week": relWeek, "weeks": relWeek,
	"bulan": relMonth, "month": relMonth, "months": relMonth,
	"tahun": relYear, "year": relYear, "years": relYear,
}

// relOne are the "se-" words meaning one unit: "sejam lalu", "sepekan lalu".
var relOne = map[string]relUnit{
	"sedetik": relSecond, "semenit": relMinute, "sejam": relHour, "sehari": relDay,
	"seminggu": relWeek, "sepekan": relWeek, "sebulan": relMonth, "setahun": relYear,
}

// scanRelative reads a relative date at s[i].
func scanRelative(s string, i int) (r relative, ok bool) {
	var buf [12]byte
	if isDigit(s[i]) { // "2 jam lalu"
		n, nd := digits(s, i)
		if nd > 4 {
			return r, false
		}
		j := skipSpace(s, i+nd)
		if j == i+nd || j >= len(s) || !isLetter(s[j]) {
			return r, false
		}
		key, end := wordAt(s, j, buf[:0])
		u := relUnits[string(key)]
		if u == relNone || !agoAt(s, end) {
			return r, false
		}
		return relative{unit: u, n: n}, true
	}
	if !isLetter(s[i]) {
		return r, false
	}
	key, end := wordAt(s, i, buf[:0])
	switch string(key) {
	case "baru":
		return relative{unit: relNow}, nextWordIs(s, end, "saja")
	case "barusan":
		return relative{unit: relNow}, true
	case "just":
		return relative{unit: relNow}, nextWordIs(s, end, "now")
	case "kemarin", "yesterday":
		r = relative{unit: relDay, n: 1}
		if nextWordIs(s, end, "lusa") { // "kemarin lusa": the day before yesterday
			_, end = wordAt(s, skipSpace(s, end), nil)
			r.n = 2
		}
	case "beberapa": // "beberapa detik yang lalu": a few seconds ago is now
		k := skipSpace(s, end)
		if k == end || k >= len(s) || !isLetter(s[k]) {
			return r, false
		}
		var w [12]byte
		unit, e := wordAt(s, k, w[:0])
		return relative{unit: relNow}, string(unit) == "detik" && agoAt(s, e)
	case "today":
		r = relative{unit: relDay}
	case "hari":
		if !nextWordIs(s, end, "ini") {
			return r, false
		}
		_, end = wordAt(s, skipSpace(s, end), nil)
		r = relative{unit: relDay}
	default:
		if u := relOne[string(key)]; u != relNone && agoAt(s, end) {
			return relative{unit: u, n: 1}, true
		}
		return r, false
	}
	r.clock, r.hasClock = scanClock(s, skipClockSep(s, end), false)
	return r, true
}

// agoAt says whether "lalu", "yang lalu", "silam" or "ago" follows s[:i].
func agoAt(s string, i int) bool {
	j := skipSpace(s, i)
	if j == i || j >= len(s) {
		return false
	}
	_, end := wordAt(s, j, nil)
	w := s[j:end]
	if strings.EqualFold(w, "yang") {
		return nextWordIs(s, end, "lalu") || nextWordIs(s, end, "silam")
	}
	return strings.EqualFold(w, "lalu") || strings.EqualFold(w, "silam") || strings.EqualFold(w, "ago")
}

// nextWordIs says whether the word after s[:i] and some space is want.
func nextWordIs(s string, i int, want string) bool {
	j := skipSpace(s, i)
	if j == i || j >= len(s) {
		return false
	}
	_, end := wordAt(s, j, nil)
	return strings.EqualFold(s[j:end], want)
}

// resolveRelative turns r into a time against now, in loc.
func resolveRelative(r relative, now time.Time, loc *time.Location, s string) (time.Time, Precision, error) {
	if now.IsZero() {
		return time.Time{}, PrecisionNone, fmt.Errorf("berita: relative date in %q needs Parser.Now", clip(s))
	}
	n := now.In(loc)
	y, m, d := n.Date()
	var (
		t    time.Time
		prec Precision
	)
	switch r.unit {
	case relNow:
		t, prec = n.Truncate(time.Minute), PrecisionMinute
	case relSecond:
		t, prec = n.Add(-time.Duration(r.n)*time.Second).Truncate(time.Second), PrecisionSecond
	case relMinute:
		t, prec = n.Add(-time.Duration(r.n)*time.Minute).Truncate(time.Minute), PrecisionMinute
	case relHour:
		t, prec = n.Add(-time.Duration(r.n)*time.Hour).Truncate(time.Minute), PrecisionMinute
	case relDay, relWeek:
		days := r.n
		if r.unit == relWeek {
			days *= 7
		}
		if !r.hasClock {
			t, prec = time.Date(y, m, d-days, 0, 0, 0, 0, loc), PrecisionDay
			break
		}
		c := r.clock
		if c.bad != "" {
			return time.Time{}, PrecisionNone, fmt.Errorf("berita: %s in %q", c.bad, clip(s))
		}
		z := loc
		if c.loc != nil {
			z = c.loc
			y, m, d = now.In(z).Date()
		}
		t, prec = time.Date(y, m, d-days, c.hour, c.min, c.sec, c.nsec, z), c.prec
	case relMonth:
		t, prec = time.Date(y, m-time.Month(r.n), 1, 0, 0, 0, 0, loc), PrecisionMonth
	case relYear:
		t, prec = time.Date(y-r.n, 1, 1, 0, 0, 0, 0, loc), PrecisionYear
	}
	if t.Year() < 1900 || t.Year() > 2100 {
		return time.Time{}, PrecisionNone, fmt.Errorf("berita: year out of range in %q", clip(s))
	}
	return t, prec, nil
}

// A calWord is what a word means in a date: a month, a day name, or neither.
type calWord struct {
	month time.Month // 0 when the word is not a month
	day   time.Weekday
	isDay bool
	short bool // an abbreviation: "Nov", "Sel"
}

// calWords maps lower-case month and day names, apostrophes dropped, to what
// they mean. Indonesian, old spellings (Pebruari, Nopember) and English.
var calWords = map[string]calWord{
	"januari": {month: 1}, "februari": {month: 2}, "pebruari": {month: 2}, "maret": {month: 3},
	"april": {month: 4}, "mei": {month: 5}, "juni": {month: 6}, "juli": {month: 7},
	"agustus": {month: 8}, "september": {month: 9}, "oktober": {month: 10},
	"november": {month: 11}, "nopember": {month: 11}, "desember": {month: 12},
	"january": {month: 1}, "february": {month: 2}, "march": {month: 3}, "may": {month: 5},
	"june": {month: 6}, "july": {month: 7}, "august": {month: 8}, "october": {month: 10},
	"december": {month: 12},

	"jan": {month: 1, short: true}, "feb": {month: 2, short: true}, "peb": {month: 2, short: true},
	"mar": {month: 3, short: true}, "apr": {month: 4, short: true}, "jun": {month: 6, short: true},
	"jul": {month: 7, short: true}, "agu": {month: 8, short: true}, "agt": {month: 8, short: true},
	"ags": {month: 8, short: true}, "agus": {month: 8, short: true}, "aug": {month: 8, short: true},
	"sep": {month: 9, short: true}, "sept": {month: 9, short: true}, "okt": {month: 10, short: true},
	"oct": {month: 10, short: true}, "nov": {month: 11, short: true}, "nop": {month: 11, short: true},
	"des": {month: 12, short: true}, "dec": {month: 12, short: true},

	"senin": {day: time.Monday, isDay: true}, "selasa": {day: time.Tuesday, isDay: true},
	"rabu": {day: time.Wednesday, isDay: true}, "kamis": {day: time.Thursday, isDay: true},
	"jumat": {day: time.Friday, isDay: true}, "sabtu": {day: time.Saturday, isDay: true},
	"minggu": {day: time.Sunday, isDay: true}, "ahad": {day: time.Sunday, isDay: true},
	"monday": {day: time.Monday, isDay: true}, "tuesday": {day: time.Tuesday, isDay: true},
	"wednesday": {day: time.Wednesday, isDay: true}, "thursday": {day: time.Thursday, isDay: true},
	"friday": {day: time.Friday, isDay: true}, "saturday": {day: time.Saturday, isDay: true},
	"sunday": {day: time.Sunday, isDay: true},

	"sen": {day: time.Monday, isDay: true, short: true}, "sel": {day: time.Tuesday, isDay: true, short: true},
	"rab": {day: time.Wednesday, isDay: true, short: true}, "kam": {day: time.Thursday, isDay: true, short: true},
	"jum": {day: time.Friday, isDay: true, short: true}, "sab": {day: time.Saturday, isDay: true, short: true},
	"min": {day: time.Sunday, isDay: true, short: true},
	"mon": {day: time.Monday, isDay: true, short: true}, "tue": {day: time.Tuesday, isDay: true, short: true},
	"tues": {day: time.Tuesday, isDay: true, short: true}, "wed": {day: time.Wednesday, isDay: true, short: true},
	"thu": {day: time.Thursday, isDay: true, short: true}, "thur": {day: time.Thursday, isDay: true, short: true},
	"thurs": {day: time.Thursday, isDay: true, short: true}, "fri": {day: time.Friday, isDay: true, short: true},
	"sat": {day: time.Saturday, isDay: true, short: true}, "sun": {day: time.Sunday, isDay: true, short: true},
}

// calWordAt looks up the word at s[i] in calWords, and returns it with the
// word's end (see wordAt).
func calWordAt(s string, i int) (calWord, int) {
	// Most words are plain letters: they are read into a calKey as they
	// are passed.
	var key uint64
	j := i
	for ; j < len(s) && isLetter(s[j]); j++ {
		key = calKeyOn(key, s[j])
	}
	switch {
	case j == i:
		return calWord{}, i
	case j < len(s) && (s[j] == '\'' || s[j] == 0xE2): // "Jum'at", or no apostrophe of a word
		var buf [12]byte
		key, end := wordAt(s, i, buf[:0])
		if !calFilter.has(key) {
			return calWord{}, end
		}
		return calWords[string(key)], end
	case j-i > 9 || !calFilter.hasShape(shapeOf(s[i:j])):
		return calWord{}, j // most words: no month or day has their shape
	}
	return calKeys[key], j
}

// calKeys maps calWords' words by their calKey: their letters, five bits
// each, a to z read as 1 to 26 in either case.
var calKeys = func() map[uint64]calWord {
	m := make(map[uint64]calWord, len(calWords))
	for w, cw := range calWords {
		var key uint64
		for k := 0; k < len(w); k++ {
			key = calKeyOn(key, w[k])
		}
		m[key] = cw
	}
	return m
}()

// calKeyOn returns the calKey of a word whose letters before c have the
// key key, with the letter c read on.
func calKeyOn(key uint64, c byte) uint64 { return key<<5 | uint64(c&31) }

// calFilter holds the shapes of calWords' words.
var calFilter = func() (f wordFilter) {
	for w := range calWords {
		f.add(w)
	}
	return f
}()

// wordAt returns the end of the word starting at s[i]: ASCII letters, with
// apostrophes (' or ’) between letters as in "Jum'at". If key is not nil, it
// appends the word to key lower-cased with apostrophes dropped, and returns
// nil for key when the word does not fit in cap(key).
func wordAt(s string, i int, key []byte) ([]byte, int) {
	j := i
	for j < len(s) {
		c := s[j]
		switch {
		case isLetter(c):
			if key != nil {
				if len(key) < cap(key) {
					key = append(key, c|0x20)
				} else {
					key = nil
				}
			}
			j++
		case c == '\'' && j > i && j+1 < len(s) && isLetter(s[j+1]):
			j++
		case c == 0xE2 && j > i && j+3 < len(s) && s[j+1] == 0x80 && s[j+2] == 0x99 && isLetter(s[j+3]): // ’
			j += 3
		default:
			return key, j
		}
	}
	return key, j
}

// digits reads the run of ASCII digits at s[i:] and returns the value of its
// first nine digits and its full length.
func digits(s string, i int) (v, n int) {
	for i+n < len(s) && isDigit(s[i+n]) {
		if n < 9 {
			v = v*10 + int(s[i+n]-'0')
		}
		n++
	}
	return v, n
}

// spaceAt returns the length of the white space rune at s[i], or 0: ASCII
// space, no-break, thin and zero-width spaces, which pages put in dates.
func spaceAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch c := s[i]; {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
		return 1
	case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // U+00A0
		return 2
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 &&
		(s[i+2] >= 0x80 && s[i+2] <= 0x8B || s[i+2] == 0xAF): // U+2000–U+200B, U+202F
		return 3
	}
	return 0
}

// skipSpace returns the index of the first byte at or after s[i] that
// starts no white space rune (spaceAt).
func skipSpace(s string, i int) int {
	for {
		// Most often a plain space, or a letter, digit or mark.
		switch {
		case i < len(s) && s[i] == ' ':
			i++
			continue
		case i < len(s) && s[i] > ' ' && s[i] < 0x80:
			return i
		}
		n := spaceAt(s, i)
		if n == 0 {
			return i
		}
		i += n
	}
}

// dashAt returns the length of the dash at s[i]: "-", "–" or "—"; 0 if none.
func dashAt(s string, i int) int {
	switch {
	case i >= len(s):
		return 0
	case s[i] == '-':
		return 1
	case strings.HasPrefix(s[i:], "–") || strings.HasPrefix(s[i:], "—"):
		return 3
	}
	return 0
}

func skipDot(s string, i int) int {
	if i < len(s) && s[i] == '.' {
		return i + 1
	}
	return i
}

func skipComma(s string, i int) int {
	if i < len(s) && s[i] == ',' {
		return i + 1
	}
	return i
}

// skipOrdinal skips the English ordinal suffix at s[i]: "4th", "1st".
func skipOrdinal(s string, i int) int {
	if i+1 < len(s) && isLetter(s[i]) && (i+2 == len(s) || !isLetter(s[i+2])) {
		switch w := s[i : i+2]; {
		case strings.EqualFold(w, "st"), strings.EqualFold(w, "nd"), strings.EqualFold(w, "rd"), strings.EqualFold(w, "th"):
			return i + 2
		}
	}
	return i
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return letters[c] }

// letters marks the ASCII letters.
var letters = func() (t [256]bool) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c], t[c+'a'-'A'] = true, true
	}
	return t
}()

func isDateSep(c byte) bool { return c == '/' || c == '-' || c == '.' }

// tokenStart says whether s[i] starts a run of digits or of letters.
func tokenStart(s string, i int) bool {
	c := s[i]
	switch {
	case isDigit(c):
		return i == 0 || !isDigit(s[i-1])
	case isLetter(c):
		return i == 0 || !isLetter(s[i-1])
	}
	return false
}

// wordStart says whether the letter s[i] starts a word: no letter or digit
// comes before it.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// numberStart says whether the digit s[i] starts a number that can be a day
// or a year: not "A320", "ke-11", or the "500" of "1.500".
func numberStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	p := s[i-1]
	if isLetter(p) || isDigit(p) {
		return false
	}
	if (p == '-' || p == '.' || p == ',' || p == '/' || p == ':') && i >= 2 && (isLetter(s[i-2]) || isDigit(s[i-2])) {
		return false
	}
	return true
}

// dateLineEdge is how many lines at either end of a text may state the
// article's own date: the date line sits by the headline or under the
// story, not among its paragraphs.
const dateLineEdge = 4

// stampLabels are the words a page puts before its own date, lower-cased:
// "Diperbarui 28/05/2025 13:30", "Update: Senin, 9 Juni 2025 10:00 WIB".
var stampLabels = map[string]bool{
	"diperbarui": true, "dipublikasikan": true, "diterbitkan": true, "terbit": true, "diposting": true,
	"dibuat": true, "ditayangkan": true, "tayang": true, "update": true, "updated": true, "published": true,
	"posted": true, "tanggal": true, "waktu": true,
}

// isDateLineShape reports whether s is a date line: a whole date with its
// year, a time of day perhaps, and nothing else but the outlet's name or a
// publishing label before it ("Kompas.com - 28/05/2025, 13:30 WIB",
// "Selasa, 10 Juni 2025 14:05 WIB"). A line that says anything more is a
// sentence or a schedule's entry, whose date is a mention.
func isDateLineShape(s string) bool {
	year, date, lead := false, false, false
	for rest := s; rest != ""; {
		var f string
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			f, rest = rest[:i], rest[i+1:]
		} else {
			f, rest = rest, ""
		}
		w := strings.Trim(f, ",|()-–—:")
		if w == "" {
			continue
		}
		switch {
		case isDateWord(w):
			date = true
		case isDateNumber(w):
			date = true
			year = year || hasYear(w)
		case !date && !lead && (stampLabels[string(lowerKey(w, make([]byte, 0, 16)))] || isOutletName(w)):
			lead = true
		default:
			return false
		}
	}
	return year
}

// isDateWord reports whether w is a day or month name, a zone or the
// word for "at" before a time: "Selasa", "Jum'at", "Jun.", "WIB", "pukul".
func isDateWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	var buf [16]byte
	l := string(lowerKey(w, buf[:0]))
	switch l {
	case "wib", "wita", "wit", "gmt", "utc", "pukul", "jam", "pm", "am":
		return true
	}
	_, ok := calWords[l]
	return ok
}

// isDateNumber reports whether w is a numeric date or time: digits joined
// by "/", ".", ":" or "-", or an ISO stamp ("28/05/2025", "13.30",
// "2025-06-08T10:00:00+07:00").
func isDateNumber(w string) bool {
	digits := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			digits++
		case c == '/' || c == '.' || c == ':' || c == '-' || c == '+' || (c == 'T' || c == 'Z') && i > 0:
		default:
			return false
		}
	}
	return digits > 0
}

// hasYear reports whether the numeric date w holds a year: a run of four
// digits from 1900 to 2100.
func hasYear(w string) bool {
	for i := 0; i < len(w); {
		v, n := digits(w, i)
		if n == 0 {
			i++
			continue
		}
		if n == 4 && v >= 1900 && v <= 2100 {
			return true
		}
		i += n
	}
	return false
}

// dayPartHour reads a twelve-hour time by the part of the day named after
// it, as Indonesian says the time: "9:30 malam" is 21:30, "3.00 sore"
// 15:00, "1.30 siang" 13:30, "9.00 pagi" and "2.00 malam" (the small
// hours) stay as they are. "12 malam" names a midnight without saying
// which day's, and is refused. Other words leave h as it is.
func dayPartHour(h int, word string) (int, string) {
	switch {
	case strings.EqualFold(word, "siang"):
		if h >= 1 && h <= 5 {
			h += 12
		}
	case strings.EqualFold(word, "sore"), strings.EqualFold(word, "petang"):
		if h >= 1 && h <= 11 {
			h += 12
		}
	case strings.EqualFold(word, "malam"):
		switch {
		case h == 12 || h == 0:
			return h, "midnight named as \"12 malam\""
		case h >= 6:
			h += 12
		}
	}
	return h, ""
}

// lowerKey appends w to key lower-cased, apostrophes dropped ("Jum'at" →
// "jumat"), up to key's capacity; a longer word gives a key no table holds.
func lowerKey(w string, key []byte) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '\'':
			continue
		case c == 0xE2 && strings.HasPrefix(w[i:], "’"):
			i += len("’") - 1
			continue
		case len(key) == cap(key):
			return append(key[:0], '#')
		}
		key = append(key, lowerByte(c))
	}
	return key
}
