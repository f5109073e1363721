-- Nearness by distance (issue 20): where postcodes are, from a postcode data
-- set the service loads (the ONS Postcode Directory's CSV, or the demo's own
-- small file), and where each clinic site is, set from it when the site is
-- saved. A patient's postcode that the data set lacks is ordered by the
-- postcode district rule instead.

CREATE TABLE postcode_locations (
  -- The normal form the service stores postcodes in: upper case, one space before the inward code.
  postcode text PRIMARY KEY,
  latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180)
);

-- Each file loaded, and its size and modification time when it was: a start
-- that finds the same file unchanged does not load it again.
CREATE TABLE postcode_files (
  source text PRIMARY KEY,
  fingerprint text NOT NULL,
  postcodes integer NOT NULL,
  skipped integer NOT NULL,
  loaded_at timestamptz NOT NULL
);

ALTER TABLE clinic_sites
  ADD COLUMN latitude double precision,
  ADD COLUMN longitude double precision,
  ADD CONSTRAINT clinic_sites_location CHECK ((latitude IS NULL) = (longitude IS NULL));

-- The demo seeded a site at "NV6 3DC", which the service's own postcode check
-- refuses (no inward code ends in C), so the site could not be saved again.
-- NV is the demo's fictional area: no real site has this postcode.
UPDATE clinic_sites SET postcode = 'NV6 3DB' WHERE postcode = 'NV6 3DC';
