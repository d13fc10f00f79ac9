loadData([{"id":"main","type":"basic","options":{},"items":[{"start":"2024-03-22","end":"2024-03-23","point":{"lat":51.5,"lon":-0.1},"title":"Opening","options":{"description":"hi"}}]}])
