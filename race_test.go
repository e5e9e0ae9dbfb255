//go:build race

package berita

func init() { raceEnabled = true }
