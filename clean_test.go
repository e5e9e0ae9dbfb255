package berita

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// cleanPieces are the bytes and runes that cleaning reads differently:
// spaces of every kind, controls, zero-width and invalid bytes, composed
// and decomposed accents, and the punctuation news text is full of.
var cleanPieces = []string{
	"a", "Z", "9", ".", "~", "!", " ", " ", " ", "\t", "\n", "\x01", "\x1f", "\x7f",
	"é", "e\u0301", "\u0301", "\u00a0", "\u2009", "\u200b", "\u00ad", "\ufeff",
	"“", "”", "–", "—", "…", "•", "\u212b", "Å", "\xff", "\xe2\x80", "ö", "ß", "ー",
}

// randomText strings n of cleanPieces together.
func randomText(r *rand.Rand, n int) string {
	return randomPieces(r, cleanPieces, n)
}

// randomPieces strings n of pieces, picked at random, together.
func randomPieces(r *rand.Rand, pieces []string, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// mostlyPlain strings up to max pieces together, one in every odds of them
// from pieces and the others bytes of plain, so that runs of plain text
// cross several words of eight.
func mostlyPlain(r *rand.Rand, max, odds int, pieces []string, plain string) string {
	var b strings.Builder
	for range r.IntN(max) {
		if r.IntN(odds) == 0 {
			b.WriteString(pieces[r.IntN(len(pieces))])
		} else {
			b.WriteByte(plain[r.IntN(len(plain))])
		}
	}
	return b.String()
}

// TestIsClean: isClean tells exactly the texts that cleaning leaves as
// they are.
func TestIsClean(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		s := randomText(r, r.IntN(40))
		want := string(appendClean(nil, []byte(s))) == s
		if got := isClean(s); got != want {
			t.Fatalf("isClean(%q) = %v, want %v", s, got, want)
		}
		// A line of a text (no line break in it) read with the text's shape.
		if sh := textShapeOf(s); !strings.Contains(s, "\n") {
			if got := isCleanText(s, sh.plain, sh.ascii); got != want {
				t.Fatalf("isCleanText(%q, %+v) = %v, want %v", s, sh, got, want)
			}
		}
	}
}

// TestAppendClean: appendClean, which copies runs of plain ASCII at once,
// cleans as a rune at a time does: white space collapsed to one space and
// trimmed, controls and zero-width characters dropped, NFC.
func TestAppendClean(t *testing.T) {
	slow := func(s string) string {
		var b strings.Builder
		space := false
		for _, r := range s {
			switch {
			case isSpace(r):
				space = b.Len() > 0
				continue
			case r < ' ' || r == 0x7f || r >= 0x200b && r <= 0x200f || r == 0xfeff || r == 0x2060 || r == 0xad:
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		return norm.NFC.String(b.String())
	}
	r := rand.New(rand.NewPCG(11, 12))
	for range 50000 {
		s := randomText(r, r.IntN(40))
		if r.IntN(2) == 0 {
			s = mostlyPlain(r, 60, 6, cleanPieces, "abc XYZ.,!")
		}
		if got, want := string(appendClean([]byte("x"), []byte(s))[1:]), slow(s); got != want {
			t.Fatalf("appendClean(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestASCIITextRun: the run of printable ASCII with single spaces, found
// eight bytes at a time, is the one a byte at a time finds.
func TestASCIITextRun(t *testing.T) {
	slow := func(s string) int {
		i := 0
		for i < len(s) && s[i] >= ' ' && s[i] <= '~' && !(s[i] == ' ' && i > 0 && s[i-1] == ' ') {
			i++
		}
		return i
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		s := mostlyPlain(r, 60, 12, cleanPieces, "abc XYZ.,")
		if got, want := asciiTextRun(s), slow(s); got != want {
			t.Fatalf("asciiTextRun(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestNFCInert: NFC keeps every rune nfcInert names as it is, and none of
// them combines with or reorders against the rune before it, so a text of
// them alone is in NFC.
func TestNFCInert(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if !nfcInert(r) {
			continue
		}
		p := norm.NFC.PropertiesString(string(r))
		if s := string(r); p.CCC() != 0 || !p.BoundaryBefore() || norm.NFC.String(s) != s {
			t.Errorf("%U is not inert under NFC", r)
		}
	}
}

// randomWord8 returns eight random bytes, one in three any byte and the
// others from interesting.
func randomWord8(r *rand.Rand, interesting []byte) [8]byte {
	var b [8]byte
	for k := range b {
		if r.IntN(3) == 0 {
			b[k] = byte(r.IntN(256))
		} else {
			b[k] = interesting[r.IntN(len(interesting))]
		}
	}
	return b
}

// TestHasControl: a word has a control byte when one of its eight bytes,
// read one at a time, is below 0x20 or 0x7f.
func TestHasControl(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	interesting := []byte{0, 0x1f, 0x20, 0x21, 0x7e, 0x7f, 0x80, 0x9f, 0xa0, 0xff, '\n', 'a'}
	for range 200000 {
		b := randomWord8(r, interesting)
		want := false
		for _, c := range b {
			want = want || c < 0x20 || c == 0x7f
		}
		if got := hasControl(word8(b[:])); got != want {
			t.Fatalf("hasControl(% x) = %v, want %v", b, got, want)
		}
	}
}

// TestStopFinder: the stops found from positions that go forwards, by
// one or by jumps, are those a byte at a time finds.
func TestStopFinder(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteByte("ab .!?)(,1"[r.IntN(10)])
		}
		s := b.String()
		set := stopSets[r.IntN(len(stopSets))]
		f := newByteFinder(s, set)
		for i := 0; i < len(s); i += 1 + r.IntN(4) {
			want := i
			for want < len(s) && !strings.Contains(set, s[want:want+1]) {
				want++
			}
			if got := f.from(i); got != want {
				t.Fatalf("from(%d) of %q in %q = %d, want %d", i, set, s, got, want)
			}
		}
	}
}

// TestTextShape: the shape read eight bytes at a time is the one a byte
// at a time finds, and isBinary's verdict on the text's head.
func TestTextShape(t *testing.T) {
	pieces := []string{"a", "Z", " ", " ", " ", "!", "~", "\n", "\t", "\r", "\x00", "\x01", "\x1b", "\x7f", "\xff", "é", "“", "  !", "\xff~"}
	r := rand.New(rand.NewPCG(9, 10))
	for range 50000 {
		s := mostlyPlain(r, 40, 4, pieces, "abc XYZ.,!")
		want := textShape{plain: true, ascii: true}
		for k := 0; k < len(s); k++ {
			c := s[k]
			switch binaryByte[c] {
			case 1:
				want.controls++
			case 2:
				want.nul = true
			}
			if c < ' ' && c != '\n' || c == 0x7f || c == ' ' && k > 0 && s[k-1] == ' ' {
				want.plain = false
			}
			if c >= 0x80 {
				want.ascii = false
			}
		}
		if got := textShapeOf(s); got != want {
			t.Fatalf("textShapeOf(%q) = %+v, want %+v", s, got, want)
		}
		if got := want.nul || want.controls*50 > len(s); got != isBinary(s) {
			t.Fatalf("isBinary(%q) = %v, shape tells %v", s, isBinary(s), got)
		}
	}
}

// TestNotLowerLetter: the marks fall on exactly the bytes that are not
// 'a' to 'z'.
func TestNotLowerLetter(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	interesting := []byte{0, ' ', '0', '9', '@', 'A', 'Z', '[', '`', 'a', 'm', 'z', '{', 0x7f, 0x80, 0xe1, 0xfa, 0xff}
	for range 200000 {
		b := randomWord8(r, interesting)
		var want uint64
		for k, c := range b {
			if c < 'a' || c > 'z' {
				want |= 0x80 << (8 * k)
			}
		}
		if got := notLowerLetter(word8(b[:])); got != want {
			t.Fatalf("notLowerLetter(% x) = %x, want %x", b, got, want)
		}
	}
}

// TestLowerASCII8: eight ASCII bytes lower-cased at once are lower-cased
// one by one.
func TestLowerASCII8(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	interesting := []byte{0, ' ', '0', '@', 'A', 'M', 'Z', '[', '`', 'a', 'z', 0x7f}
	for range 200000 {
		b := randomWord8(r, interesting)
		var want [8]byte
		for k := range b {
			b[k] &= 0x7f
			want[k] = lowerASCII[b[k]]
		}
		if got := lowerASCII8(word8(b[:])); got != word8(want[:]) {
			t.Fatalf("lowerASCII8(% x) = %x, want % x", b, got, want)
		}
	}
}

// TestBodyWordsCount: a word searched for in a text counts as it does
// among all the text's words, up to two, before and after bodyWords stops
// searching.
func TestBodyWordsCount(t *testing.T) {
	text := "Pelatih Persib mendatangkanAdam, kata Adam. Adamu dan aAdam bukan; Liga 1 dimulai (Liga) pekan depan, Liga-liga lain menyusul. ÉAdam Adamé Liga2 di di"
	all := countWords(text)
	asks := []string{"Adam", "Liga", "di", "dan", "mendatangkanAdam", "Persib", "Absen", "liga", "Adamu", "a", "lain"}
	words := &bodyWords{text: text}
	for round := 0; round < 2*maxWordSearches/len(asks)+2; round++ {
		for _, w := range asks {
			want := min(all[w], 2)
			if got := searchWord(text, w); got != want {
				t.Fatalf("searchWord(%q) = %d, want %d", w, got, want)
			}
			if got := words.count(w); got != want {
				t.Fatalf("count(%q) after %d asks = %d, want %d", w, words.asked, got, want)
			}
		}
	}
	if words.all == nil {
		t.Error("bodyWords never counted every word")
	}
}
