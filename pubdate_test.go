package berita

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pubPage builds a page of an unknown outlet: head, what stands before the
// headline, the headline block, and a body of plain paragraphs.
func pubPage(head, before, headline, body string) string {
	return `<html><head>` + head + `</head><body>` + before +
		`<div class="artikel">` + headline + `<div class="isi">` + body + `</div></div></body></html>`
}

const pubBody = `<p>Pemerintah kota menyiapkan anggaran baru untuk perbaikan jalan di seluruh kecamatan tahun ini, kata wali kota.</p>
<p>Perbaikan dimulai bulan depan dan ditargetkan selesai sebelum musim hujan, menurut kepala dinas pekerjaan umum setempat.</p>
<p>Warga menyambut baik rencana itu karena banyak ruas jalan rusak parah sejak tahun lalu, terutama di pinggiran kota.</p>
<p>Dinas juga akan memasang lampu jalan baru di ruas yang gelap, sehingga pengendara merasa lebih aman pada malam hari.</p>
<p>Anggaran itu masih harus disetujui dewan kota dalam sidang paripurna yang dijadwalkan berlangsung pekan depan.</p>`

// sidebar is a list of teasers: another story's headline link with its date.
func sidebar(dates ...string) string {
	var b strings.Builder
	b.WriteString(`<div class="list-berita"><ul>`)
	for i, d := range dates {
		b.WriteString(`<li><a href="/berita/2016/02/1` + string(rune('0'+i)) + `/judul-lain-yang-sedang-ramai">Judul berita lain yang sedang ramai dibaca hari ini</a><span class="date">` + d + `</span></li>`)
	}
	b.WriteString(`</ul></div>`)
	return b.String()
}

func parseGeneric(t *testing.T, p *Parser, page string) *Article {
	t.Helper()
	q := *p
	q.Generic = true
	a, err := q.ParseHTML(strings.NewReader(page))
	require.NoError(t, err)
	return a
}

func TestPublishedNotFromTeasers(t *testing.T) {
	now := time.Date(2017, 3, 1, 12, 0, 0, 0, wib)
	h1 := `<h1>Wali Kota Siapkan Anggaran Perbaikan Jalan</h1>`
	tests := []struct {
		name, head, before, headline, after, want string
	}{
		// A page with no date of its own (a 2016 regional page, a 2017 TV
		// outlet's page) and sidebars of relative and partial dates: none.
		{name: "relative sidebars", before: sidebar("2 jam lalu", "hari ini, 10:15", "15:30 WIB"), headline: h1},
		// Teasers with full dates before the article's own date element.
		{name: "teasers first", before: sidebar("Senin, 8 Februari 2016 19:14", "Senin, 8 Februari 2016 18:58"),
			headline: `<div class="tanggal">Senin, 8 Februari 2016 | 07:28 WIB</div>` + h1, want: "2016-02-08T07:28:00+07:00"},
		// A page-header "today" far above the headline, the article's time by it.
		{name: "header today", before: `<div class="date-topbar">Rabu, 10 Februari 2016</div><ul class="m"><li>a</li><li>b</li><li>c</li><li>d</li><li>e</li><li>f</li><li>g</li><li>h</li></ul>`,
			headline: h1 + `<div class="date">Senin, 8 Februari 2016, 15:07 WIB</div>`, want: "2016-02-08T15:07:00+07:00"},
		// The page header's "today" is the only date: the article has none.
		{name: "header today only", before: `<div class="date-topbar">Rabu, 10 Februari 2016</div><ul class="m"><li>a</li><li>b</li><li>c</li><li>d</li><li>e</li><li>f</li><li>g</li><li>h</li></ul>`,
			headline: h1},
		// As near the headline as a day above it, a date with a time of day below it.
		{name: "tie", before: `<div class="date-top">Rabu, 10 Februari 2016</div>`,
			headline: h1 + `<div class="date">Senin, 8 Februari 2016, 15:07 WIB</div>`, want: "2016-02-08T15:07:00+07:00"},
		// The date printed in the byline.
		{name: "byline date", before: sidebar("Senin, 8 Februari 2016 12:34:00"),
			headline: h1 + `<div class="reporter">Reporter : <a href="/reporter/nama">Nama Wartawan</a> | Senin, 8 Februari 2016 03:40</div>`, want: "2016-02-08T03:40:00+07:00"},
		// A headline linked to the page itself, its date beside it: not a teaser.
		{name: "own link", head: `<link rel="canonical" href="https://contoh.id/2016/02/08/wali-kota-siapkan-anggaran/">`,
			headline: `<header><h1><a href="https://contoh.id/2016/02/08/wali-kota-siapkan-anggaran/">Wali Kota Siapkan Anggaran Perbaikan Jalan</a></h1><span class="date">Senin, 8 Februari 2016 09:10</span></header>`,
			want:     "2016-02-08T09:10:00+07:00"},
		// A relative date in a box after a short article's text is not its date.
		{name: "relative after text", headline: h1, after: `<div class="box"><span class="date">2 jam lalu</span></div>`},
		// The page's own relative date by the headline counts (Parser.Now is set).
		{name: "own relative date", headline: h1 + `<div class="date">2 jam lalu</div>`, want: "2017-03-01T10:00:00+07:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseGeneric(t, &Parser{Now: now}, pubPage(tt.head, tt.before, tt.headline, pubBody+tt.after))
			got := ""
			if !a.Published.IsZero() {
				got = a.Published.Format(time.RFC3339)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPublishedZone(t *testing.T) {
	h1 := `<h1>Wali Kota Siapkan Anggaran Perbaikan Jalan</h1>`
	tests := []struct {
		name, head, before, headline, want string
	}{
		// A zone-less visible time takes the metadata's Indonesian offset for the same wall clock.
		{name: "meta WITA", head: `<meta property="article:published_time" content="2016-02-08T12:43:00+08:00">`,
			headline: h1 + `<div class="date">Senin, 8 Februari 2016 12:43</div>`, want: "2016-02-08T12:43:00+08:00"},
		// An offset that is no Indonesian zone on the same wall clock is a mislabel.
		{name: "meta wrong sign", head: `<meta property="article:published_time" content="2021-06-16T17:04:00-07:00">`,
			headline: h1 + `<div class="kategori-date">16 Juni 2021 17:04</div>`, want: "2021-06-16T17:04:00+07:00"},
		// With no visible date, two metadata labels of one wall clock are a mislabel.
		{name: "metas wrong sign", head: `<meta property="article:published_time" content="2021-06-16T17:04:00-07:00"><meta name="pubdate" content="Wed, 16 Jun 2021 17:04:00 GMT">`,
			headline: h1, want: "2021-06-16T17:04:00+07:00"},
		// One foreign offset alone is an instant, kept as stated.
		{name: "meta foreign offset", head: `<meta property="article:published_time" content="2021-06-16T03:04:00-07:00">`,
			headline: h1, want: "2021-06-16T03:04:00-07:00"},
		// The page's header clock states its zone; teasers of another desk below do not.
		{name: "header clock", before: `<ul class="top"><li title="2016-02-17T07:50:17+08:00">Rabu, 17 Februari 2016</li></ul>`,
			headline: h1 + `<h3>Senin, 8 Februari 2016 12:43</h3>`, want: "2016-02-08T12:43:00+08:00"},
		// WordPress: the post's <time datetime> prints the local clock as
		// UTC beside the true UTC time; their difference is the zone.
		{name: "wall clock labelled UTC", head: `<meta property="article:published_time" content="2020-10-09T06:59:48Z">`,
			headline: h1 + `<time class="entry-date" datetime="2020-10-09T14:59:48+00:00">October 9, 2020</time>`, want: "2020-10-09T14:59:48+08:00"},
		{name: "two UTC times, no zone between", head: `<meta property="article:published_time" content="2020-10-09T06:59:48Z">`,
			headline: h1 + `<time datetime="2020-10-09T10:59:48+00:00">October 9, 2020</time>`, want: "2020-10-09T13:59:48+07:00"},
		// A visible time with its zone keeps it.
		{name: "stated zone", head: `<meta property="article:published_time" content="2016-02-08T12:43:00+08:00">`,
			headline: h1 + `<div class="date">Senin, 8 Februari 2016 12:43 WIB</div>`, want: "2016-02-08T12:43:00+07:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseGeneric(t, &Parser{}, pubPage(tt.head, tt.before, tt.headline, pubBody))
			assert.Equal(t, tt.want, a.Published.Format(time.RFC3339))
		})
	}
}

func TestTitleRules(t *testing.T) {
	tests := []struct {
		name, head, before, headline, want string
	}{
		// An h1 that is a link to the section is not the headline.
		{name: "linked h1", head: `<link rel="canonical" href="http://news.example.com/read/2015/06/19/1/wali-kota"><meta property="og:title" content="Wali Kota Siapkan Anggaran Perbaikan Jalan">`,
			before:   `<h1><a href="http://news.example.com/">Wali Kota Siapkan Anggaran Perbaikan Jalan :: Example News</a></h1>`,
			headline: `<h1>Wali Kota Siapkan Anggaran Perbaikan Jalan</h1>`, want: "Wali Kota Siapkan Anggaran Perbaikan Jalan"},
		// A first h1 that is a widget's heading gives way to the headline's h1.
		{name: "widget h1", head: `<meta property="og:title" content="Wali Kota Siapkan Anggaran Perbaikan Jalan | Contoh">`,
			before: `<h1>Berita Terpopuler Pekan Ini</h1>`, headline: `<h1>Wali Kota Siapkan Anggaran Perbaikan Jalan</h1>`, want: "Wali Kota Siapkan Anggaran Perbaikan Jalan"},
		// The h1 wins over metadata that dropped its punctuation.
		{name: "punctuation", head: `<meta property="og:title" content="IHSG Hari Ini Sempat Tembus 9.000, Indeks Berbalik Melemah">`,
			headline: `<h1>IHSG Hari Ini: Sempat Tembus 9.000, Indeks Berbalik Melemah</h1>`, want: "IHSG Hari Ini: Sempat Tembus 9.000, Indeks Berbalik Melemah"},
		// A title tail naming a web domain, with a section, is the site's name.
		{name: "domain tail", head: `<title>Wali Kota Siapkan Anggaran Perbaikan Jalan - Contoh.com Bola</title>`,
			headline: `<h2>Wali Kota Siapkan Anggaran Perbaikan Jalan</h2>`, want: "Wali Kota Siapkan Anggaran Perbaikan Jalan"},
		// A tail of ordinary words is part of the headline.
		{name: "no domain", head: `<title>Jokowi - Prabowo Bertemu di Istana Negara Siang Ini</title>`,
			want: "Jokowi - Prabowo Bertemu di Istana Negara Siang Ini"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseGeneric(t, &Parser{}, pubPage(tt.head, tt.before, tt.headline, pubBody))
			assert.Equal(t, tt.want, a.Title)
			require.NotEmpty(t, a.Paragraphs)
			assert.NotEqual(t, tt.want, a.Paragraphs[0].Text, "the headline is not paragraph 0")
		})
	}
}

// The headline h1 and its date inside the body's container are the title
// and the date, not paragraphs: the lead's dateline is still found.
func TestHeadlineNotParagraph(t *testing.T) {
	page := `<html><head><meta property="og:title" content="Wali Kota Siapkan Anggaran Perbaikan Jalan"></head><body>
<div class="artikel"><a href="/">home</a> <a href="/kota">kota</a>
<h1>Wali Kota Siapkan Anggaran Perbaikan Jalan</h1><div class="date">Kamis, 05 November 2015 | 11:13 WIB</div>
<p>CONTOH.COM, Bandung - Pemerintah kota menyiapkan anggaran baru untuk perbaikan jalan di seluruh kecamatan tahun ini, kata wali kota.</p>
<p>Perbaikan dimulai bulan depan dan ditargetkan selesai sebelum musim hujan, menurut kepala dinas pekerjaan umum setempat.</p>
<p>Warga menyambut baik rencana itu karena banyak ruas jalan rusak parah sejak tahun lalu, terutama di pinggiran kota.</p>
<p>Dinas juga akan memasang lampu jalan baru di ruas yang gelap, sehingga pengendara merasa lebih aman pada malam hari.</p></div></body></html>`
	a := parseGeneric(t, &Parser{}, page)
	assert.Equal(t, "Wali Kota Siapkan Anggaran Perbaikan Jalan", a.Title)
	assert.Equal(t, "2015-11-05T11:13:00+07:00", a.Published.Format(time.RFC3339))
	require.Len(t, a.Paragraphs, 4)
	assert.Equal(t, "Bandung", a.Dateline.Place)
	assert.True(t, strings.HasPrefix(a.Paragraphs[0].Text, "Pemerintah kota"), a.Paragraphs[0].Text)
}

// A caption line between the headline and the lead is the article's head:
// the dateline opening the next paragraph is still the lead's. After a
// paragraph of text, a line opening "Place -" is not a dateline.
func TestDatelineAfterHeadLines(t *testing.T) {
	const lead = `<p>Pemerintah kota menyiapkan anggaran baru untuk perbaikan jalan di seluruh kecamatan tahun ini, kata wali kota di balai kota.</p>`
	tests := []struct {
		name, first, place string
		paras              int
	}{
		{name: "caption", first: `<p>Wali kota meninjau jalan rusak di Bandung. (Nama Fotografer/contoh)</p><p>Bandung - Pemerintah kota menyiapkan anggaran baru untuk perbaikan jalan.</p>`, place: "Bandung", paras: 6},
		// A dateline on a line of its own passes a caption that ends its sentence.
		{name: "caption sentence", first: `<p><em>Wali kota meninjau jalan rusak di Bandung, Jumat (9/10).</em></p><p><strong>Bandung, (Contoh.com)-</strong></p>` + lead, place: "Bandung", paras: 6},
		{name: "sentence, then a bold place", first: lead + `<p><strong>Bandung -</strong></p>` + lead, paras: 8},
		{name: "after text", first: lead + `<p>Bandung - Pemerintah kota menyiapkan anggaran baru untuk perbaikan jalan di seluruh kecamatan.</p>`, paras: 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseGeneric(t, &Parser{}, pubPage("", "", `<h1>Wali Kota Siapkan Anggaran Perbaikan Jalan</h1>`, tt.first+pubBody))
			assert.Equal(t, tt.place, a.Dateline.Place)
			assert.Len(t, a.Paragraphs, tt.paras)
		})
	}
}
