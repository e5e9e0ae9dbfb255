package berita

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMergePages(t *testing.T) {
	p1 := &Article{
		Title: "Judul", Outlet: "Kompas.com", Pages: 2, NextPage: "https://example.com/a?page=2",
		Authors:    []string{"Rina"},
		Paragraphs: []Paragraph{{Text: "Satu.", Kind: KindText}, {Text: `"Dua," kata Budi.`, Kind: KindText}},
		Quotes:     []Quote{{Text: "Dua,", Speaker: "Budi", Paragraph: 1}},
		Sources:    []string{"Reuters"},
		WordCount:  4,
		Images:     []Image{{URL: "https://example.com/1.jpg", Paragraph: 1}},
	}
	p2 := &Article{
		Title: "Judul", Authors: []string{"rina", "Sari"},
		Paragraphs: []Paragraph{{Text: "Subjudul", Kind: KindHeading}, {Text: `"Tiga," ujar Sari.`, Kind: KindText}},
		Quotes:     []Quote{{Text: "Tiga,", Speaker: "Sari", Paragraph: 1}},
		Related:    []Link{{Title: "Lain", URL: "https://example.com/b"}},
		Sources:    []string{"Reuters", "AFP"},
		Truncated:  true,
		WordCount:  4,
		Images:     []Image{{Caption: "Foto", Paragraph: 0}},
		Embeds:     []Embed{{Kind: "youtube", URL: "https://www.youtube.com/embed/x", Paragraph: 2}},
	}
	m := MergePages(p1, nil, p2)
	require.NotNil(t, m)
	assert.Equal(t, "Judul", m.Title)
	assert.Len(t, m.Paragraphs, 4)
	assert.Equal(t, []Quote{{Text: "Dua,", Speaker: "Budi", Paragraph: 1}, {Text: "Tiga,", Speaker: "Sari", Paragraph: 3}}, m.Quotes)
	assert.Equal(t, []string{"Rina", "Sari"}, m.Authors)
	assert.Equal(t, []string{"Reuters", "AFP"}, m.Sources)
	assert.Equal(t, 8, m.WordCount)
	assert.Equal(t, []Image{{URL: "https://example.com/1.jpg", Paragraph: 1}, {Caption: "Foto", Paragraph: 2}}, m.Images)
	assert.Equal(t, []Embed{{Kind: "youtube", URL: "https://www.youtube.com/embed/x", Paragraph: 4}}, m.Embeds)
	assert.Equal(t, 2, m.Pages)
	assert.Empty(t, m.NextPage)
	assert.True(t, m.Truncated, "a page was truncated")
	assert.False(t, MergePages(p1).Truncated)
	assert.Len(t, p1.Paragraphs, 2, "the pages are not modified")
	assert.Nil(t, MergePages())
}

// TestPager checks the pager of a multi-page fixture: the number of pages
// and the next page's URL, from links to the article's own path.
func TestPager(t *testing.T) {
	a := parseFixture(t, "testdata/okezone-2025.html")
	assert.Equal(t, 2, a.Pages)
	assert.Contains(t, a.NextPage, "?page=2")
	one := parseFixture(t, "testdata/kompas-2025.html")
	assert.Zero(t, one.Pages, "a single page shows no pager")
}
