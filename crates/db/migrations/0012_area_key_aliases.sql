-- Area key aliases (issue 15): how a city's tables write an area key ("11 Aegidii",
-- "Westliche_Hoehe") when it is not the key itself. Recorded when an analyst applies an
-- upload whose preview showed the match, used to match later uploads of the same city.

CREATE TABLE area_key_aliases (
    id {id},
    city_id BIGINT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    area_key TEXT NOT NULL,
    confirmed_by TEXT NOT NULL,
    confirmed_at BIGINT NOT NULL,
    UNIQUE (city_id, alias)
);
