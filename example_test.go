package berita_test

import (
	"fmt"

	"github.com/warta-id/berita"
)

func Example() {
	a, err := berita.ParseText(`JAKARTA, KOMPAS.com - Pemerintah menambah kuota beras murah untuk warga.
"Stoknya cukup sampai akhir tahun," kata Menteri Perdagangan Budi Santoso.
Baca juga: Harga Beras Turun di Pasar Induk
Penulis: Agus Setiawan | Editor: Dewi Lestari`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Outlet, "|", a.Dateline.Place)
	for _, p := range a.Paragraphs {
		fmt.Println(p.Text)
	}
	fmt.Println("related:", a.Related[0].Title)
	fmt.Println("by:", a.Authors[0], "/ edited by:", a.Editors[0])
	// Output:
	// Kompas.com | JAKARTA
	// Pemerintah menambah kuota beras murah untuk warga.
	// "Stoknya cukup sampai akhir tahun," kata Menteri Perdagangan Budi Santoso.
	// related: Harga Beras Turun di Pasar Induk
	// by: Agus Setiawan / edited by: Dewi Lestari
}

func ExampleParseText() {
	a, err := berita.ParseText("TRIBUNNEWS.COM - Banjir merendam tiga desa.\nBaca juga: Tanggul Jebol di Hulu Sungai\n(Tribunnews.com/Rina)")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s | %q | %d paragraph | related %q | author %q\n",
		a.Dateline.Outlet, a.Paragraphs[0].Text, len(a.Paragraphs), a.Related[0].Title, a.Authors[0])
	// Output:
	// TRIBUNNEWS.COM | "Banjir merendam tiga desa." | 1 paragraph | related "Tanggul Jebol di Hulu Sungai" | author "Rina"
}
