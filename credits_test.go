package berita

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCredit(t *testing.T) {
	tests := []struct {
		in       string
		authors  []string
		editors  []string
		initials string
	}{
		// Tribunnews closing sign-off
		{in: "(Tribunnews.com/Nuryanti)", authors: []string{"Nuryanti"}},
		// Tribun regional sign-off with two names
		{in: "(TribunJateng.com/Budi Santoso/Rina)", authors: []string{"Budi Santoso", "Rina"}},
		// detik, Kompas, Merdeka staff initials
		{in: "(vyp/kna)", initials: "vyp/kna"},
		{in: "(ant)", initials: "ant"},
		{in: "(ahs/nu2)", initials: "ahs/nu2"}, // a staff code told apart by a digit
		// Kompas
		{in: "Penulis: Agus Setiawan | Editor: Dewi Lestari", authors: []string{"Agus Setiawan"}, editors: []string{"Dewi Lestari"}},
		{in: "Penulis : Kontributor Lhokseumawe, Masriadi", authors: []string{"Kontributor Lhokseumawe, Masriadi"}},
		// Tribunnews opening line
		{in: "Laporan Wartawan Tribunnews.com, Fransiska Ayuningtyas", authors: []string{"Fransiska Ayuningtyas"}},
		// … with no comma after the outlet's domain, and the reporter's town
		{in: "Laporan Wartawan Warta.com Budi Santoso", authors: []string{"Budi Santoso"}},
		{in: "Laporan Kontributor Warta.id Rina Wati dari Bogor", authors: []string{"Rina Wati"}},
		// A byline with the agency or desk after a slash
		{in: "Oleh : Dedi Kurnia / ANT", authors: []string{"Dedi Kurnia"}},
		{in: "Oleh: Dedi Kurnia/Antara", authors: []string{"Dedi Kurnia"}},
		// Credit lines in brackets, glued by a scraper, with an affiliation
		{in: "(Reporter: Dedi Kurnia | Editor: Sari Lestari)", authors: []string{"Dedi Kurnia"}, editors: []string{"Sari Lestari"}},
		{in: "(Ditulis oleh ‘Dedi Kurnia’)", authors: []string{"Dedi Kurnia"}},
		{in: "Reporter: DediEditor: Sari Lestari", authors: []string{"Dedi"}, editors: []string{"Sari Lestari"}},
		{in: "Penulis: Dedi Kurnia / Madrasah Aliyah Negeri 2 Garut", authors: []string{"Dedi Kurnia"}},
		{in: "Oleh: Dedi Kurnia*", authors: []string{"Dedi Kurnia"}},
		// A "|" typed as a capital I between the name and the place; a Balinese "I" opening the name stays
		{in: "Penulis: Dedi Kurnia I Garut Selatan", authors: []string{"Dedi Kurnia"}},
		{in: "Penulis: I Made Wirawan", authors: []string{"I Made Wirawan"}},
		{in: "Laporan Reporter Pos Garut, Dedi Kurnia dan Sari Lestari", authors: []string{"Dedi Kurnia", "Sari Lestari"}},
		{in: "Laporan Kontributor Pos Garut, Dedi Kurnia.", authors: []string{"Dedi Kurnia"}},
		// English bylines
		{in: "By Dedi Kurnia", authors: []string{"Dedi Kurnia"}},
		{in: "Pewarta: Dedi Kurnia", authors: []string{"Dedi Kurnia"}},
		{in: "Penyunting: Sari Lestari", editors: []string{"Sari Lestari"}},
		// Serambinews opening line
		{in: "Laporan Rahmad Wiguna | Aceh Tamiang", authors: []string{"Rahmad Wiguna"}},
		// ANTARA
		{in: "Pewarta: Putri Handayani", authors: []string{"Putri Handayani"}},
		{in: "Editor: Bambang Sutrisno", editors: []string{"Bambang Sutrisno"}},
		// Liputan6, Republika
		{in: "Reporter: Nadia Rahmawati", authors: []string{"Nadia Rahmawati"}},
		{in: "Redaktur: Citra Anggraini", editors: []string{"Citra Anggraini"}},
		// detik bylines carry the sub-brand
		{in: "Penulis: Rina Marlina - detikHealth", authors: []string{"Rina Marlina"}},
		{in: "Oleh: Hendra Wijaya", authors: []string{"Hendra Wijaya"}},
		// Two writers and two editors after one label each, a comma between
		{in: "(Penulis: Dedi Kurnia, Sari Lestari Wati | Editor: Citra Anggraini, Budi Santoso)",
			authors: []string{"Dedi Kurnia", "Sari Lestari Wati"}, editors: []string{"Citra Anggraini", "Budi Santoso"}},
		// … but not before a degree
		{in: "Penulis: Dedi Kurnia, S.H.", authors: []string{"Dedi Kurnia, S.H"}},
		// A writer's description glued to the name
		{in: "Oleh: Dedi KurniaDosen Fakultas Hukum Universitas Garut", authors: []string{"Dedi Kurnia"}},
		// Tribun's end mark is a credit with nothing in it
		{in: "(*)"},
	}
	for _, tt := range tests {
		st := &state{a: &Article{}}
		if !st.credit(tt.in) {
			t.Errorf("credit(%q) = false, want true", tt.in)
			continue
		}
		if !reflect.DeepEqual(st.a.Authors, tt.authors) || !reflect.DeepEqual(st.a.Editors, tt.editors) || st.a.Initials != tt.initials {
			t.Errorf("credit(%q): authors %q editors %q initials %q; want %q %q %q", tt.in,
				st.a.Authors, st.a.Editors, st.a.Initials, tt.authors, tt.editors, tt.initials)
		}
	}
	for _, in := range []string{
		"Oleh karena itu, kita lebih gampang untuk memulainya.",
		"Laporan keuangan perusahaan dirilis kemarin.",
		"(foto: dokumentasi warga setempat yang merekam kejadian itu)",
		"Editor senior itu mengatakan banyak hal kepada wartawan.",
		"By the end of the year, prices had doubled.",
		"Laporan Keuangan Tahunan",
		"Penulis: Senin, 12 Juni 2024",
		"Editor: Halaman 2",
		"Foto by Dedi Kurnia",
	} {
		st := &state{a: &Article{}}
		if st.credit(in) {
			t.Errorf("credit(%q) = true (authors %q), want false", in, st.a.Authors)
		}
	}
}

func TestTrimByline(t *testing.T) {
	for in, want := range map[string]string{
		"By Fitria Handayani on 08 Mar 2016 at 13:31 WIB":               "Fitria Handayani",
		"Nadia Putri Rahayu, Jurnalis · Selasa 08 April 2025 11:32 WIB": "Nadia Putri Rahayu",
		"KOMPAS.com/Dimas Prakoso":                                      "Dimas Prakoso",
		"Oleh: Rahmat Hidayat":                                          "Rahmat Hidayat",
		"Oleh Rahmat Hidayat":                                           "Rahmat Hidayat",
		"Rina Marlina • 3 jam lalu":                                     "Rina Marlina",
		"Posted by Rina Marlina on June 3, 2024":                        "Rina Marlina",
		"Ditulis oleh Rina Marlina":                                     "Rina Marlina",
		// Kept: names that only look like the shapes above.
		"Bylina Sari":                           "Bylina Sari",
		"Kontributor Majalengka, Dimas Prakoso": "Kontributor Majalengka, Dimas Prakoso",
		"Andi Setiawan · Tim Redaksi":           "Andi Setiawan · Tim Redaksi",
		"Fajar/Rina":                            "Fajar/Rina",
	} {
		assert.Equal(t, want, new(state).trimByline(in), in)
	}
}

// TestLabelledBy checks that "By" is a credit label only where a byline
// starts with it.
func TestLabelledBy(t *testing.T) {
	st := &state{a: &Article{}}
	assert.True(t, st.labelled("By Dedi Kurnia", true))
	assert.Equal(t, []string{"Dedi Kurnia"}, st.a.Authors)
	st = &state{a: &Article{}}
	assert.False(t, st.labelled("Photos by Dedi Kurnia", true), "a photo credit")
	assert.Empty(t, st.a.Authors)
}
