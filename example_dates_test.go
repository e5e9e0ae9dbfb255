package berita_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/warta-id/berita"
)

func ExampleParseDate() {
	t, prec, err := berita.ParseDate("Selasa, 11 Jul 2023 | 14:30 WIB")
	fmt.Println(t.Format(time.RFC3339), prec, err)

	t, prec, _ = berita.ParseDate("Kompas.com - 28/05/2025, 13:30 WIB")
	fmt.Println(t.Format(time.RFC3339), prec)

	t, prec, _ = berita.ParseDate("Selasa (11/7/2023)")
	fmt.Println(t.Format(time.RFC3339), prec)

	// A wrong day name is reported, and the date is still returned.
	t, _, err = berita.ParseDate("Senin, 11 Juli 2023")
	fmt.Println(t.Format("2006-01-02"), errors.Is(err, berita.ErrDayMismatch))

	// Relative dates need a reference time.
	p := &berita.Parser{Now: time.Date(2023, 7, 11, 16, 45, 0, 0, time.FixedZone("WIB", 7*3600))}
	t, prec, _ = p.ParseDate("2 jam lalu")
	fmt.Println(t.Format(time.RFC3339), prec)
	// Output:
	// 2023-07-11T14:30:00+07:00 minute <nil>
	// 2025-05-28T13:30:00+07:00 minute
	// 2023-07-11T00:00:00+07:00 day
	// 2023-07-11 true
	// 2023-07-11T14:45:00+07:00 minute
}
