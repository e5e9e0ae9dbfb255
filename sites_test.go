package berita

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestByNameIndex: the outlet table's name index finds the row that
// comparing the name with every row's names ignoring case finds, for each
// name as printed, in lower and upper case, and for names of no row.
func TestByNameIndex(t *testing.T) {
	require.NotNil(t, sitesByName, "every name of the table is ASCII")
	var names []string
	for _, s := range sites {
		for _, n := range append(append([]string{}, s.datelines...), s.siteNames...) {
			names = append(names, n, strings.ToLower(n), strings.ToUpper(n))
		}
	}
	names = append(names, "Harian Entah", "KOMPAS.co", "kompas.comm")
	for _, n := range names {
		var want *site
	rows:
		for _, s := range sites {
			for _, m := range append(append([]string{}, s.datelines...), s.siteNames...) {
				if strings.EqualFold(m, n) {
					want = s
					break rows
				}
			}
		}
		assert.Same(t, want, sites.byNameOnly(n), n)
	}
	assert.NotNil(t, sites.byNameOnly("KOMPAS.com"))
	assert.Nil(t, sites.byNameOnly("Harian Entah"))
}
