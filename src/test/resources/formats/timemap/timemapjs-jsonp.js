loadTimemapItems([
  {"title": "Tide mark painted", "start": "1711-02-10", "point": {"lat": 52.37, "lon": 4.89},
   "options": {"description": "Marked on the quay wall."}}
]);
