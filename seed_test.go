package berita

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shared is where the project's shared corpus and seed live beside the
// repository. Tests that read it skip when it is absent (a user's clone).
var shared = filepath.Join("..", "shared")

func readShared(t *testing.T, parts ...string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{shared}, parts...)...))
	if os.IsNotExist(err) {
		t.Skip("../shared is not here")
	}
	require.NoError(t, err)
	return b
}

// TestSeed checks the article the project started from: a Tribunnews piece
// kept as plain text, one paragraph per line.
func TestSeed(t *testing.T) {
	b := readShared(t, "seeds", "tribunnews-kyiv-2023-07-11.txt")
	a, err := ParseText(string(b))
	require.NoError(t, err)

	assert.Equal(t, Dateline{Text: "TRIBUNNEWS.COM -", Outlet: "TRIBUNNEWS.COM"}, a.Dateline)
	assert.Equal(t, "Tribunnews.com", a.Outlet)
	assert.Equal(t, []string{"Nuryanti"}, a.Authors)
	require.Len(t, a.Paragraphs, 34)
	assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, "Rusia menyerang Ibu Kota Ukraina"), a.Paragraphs[0].Text)
	assert.Equal(t, "Peringatan udara juga dilaporkan di wilayah Mykolayiv, Kherson, Kirovograd, Poltava, Sumy, dan Kharkiv.", a.Paragraphs[33].Text)
	var headings []string
	for _, p := range a.Paragraphs {
		if p.Kind == KindHeading {
			headings = append(headings, p.Text)
		}
		assert.NotContains(t, p.Text, "Baca juga")
		assert.NotContains(t, p.Text, "Nuryanti")
	}
	assert.Equal(t, []string{"Dukungan Militer untuk Ukraina", "Keanggotaan Ukraina akan Dibahas di KTT NATO"}, headings)
	require.Len(t, a.Related, 5)
	assert.Equal(t, "PM Jepang Fumio Kishida Kerja Sama Dengan NATO Bidang Luar Angkasa", a.Related[0].Title)
	assert.Equal(t, "Erdogan Dukung Ukraina Gabung NATO, Senator Rusia: Turki Berubah Jadi Negara Tak Bersahabat", a.Related[1].Title)
	assert.Equal(t, "Jelang KTT NATO, Presiden AS Bahas Ukraina hingga Swedia", a.Related[4].Title)
	for _, l := range a.Related {
		assert.Equal(t, "Baca juga", l.Label)
	}
	assert.True(t, a.Published.IsZero(), "the lead's date is the event's, not the article's")
}
