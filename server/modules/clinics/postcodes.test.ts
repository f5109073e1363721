import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../clock.ts';
import { withTransaction } from '../../db/database.ts';
import { demoPostcodesFile, seedDemo } from '../../seed/demo.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller } from '../../testing/intake.ts';
import { buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { isValidPostcode } from '../patients/patient-validation.ts';
import { loadPostcodes } from './load-postcodes.ts';
import { csvFields, PostcodeFileError, postcodeColumns, postcodeRow } from './postcode-file.ts';

/** The first columns of the ONS Postcode Directory's CSV header, and its coordinates further along. */
const onsHeader =
  '"pcd7","pcd8","pcds","dointr","doterm","oscty","ced","oslaua","osward","usertype","lat","long","itl"';
const onsRow = (pcds: string, lat: string, long: string, doterm = '') =>
  `"${pcds.replace(' ', '  ')}","${pcds}","${pcds}","198001","${doterm}","E10000023","E58000001","E07000163","E05006186","0",${lat},${long},"TLE22"`;

describe('reading the postcode file', () => {
  it('splits quoted CSV fields, with commas and doubled quotes inside quotes', () => {
    expect(csvFields('"NV1 4DE",54.001,-1.499')).toEqual(['NV1 4DE', '54.001', '-1.499']);
    expect(csvFields('a,"b, c","say ""hello""",')).toEqual(['a', 'b, c', 'say "hello"', '']);
  });

  it('finds pcds, lat and long in the ONS header, in any case, after a byte-order mark', () => {
    expect(postcodeColumns(onsHeader)).toEqual({ postcode: 2, latitude: 10, longitude: 11 });
    expect(postcodeColumns('\uFEFFPCDS,LAT,LONG')).toEqual({ postcode: 0, latitude: 1, longitude: 2 });
  });

  it('refuses a file without the three columns, naming those missing', () => {
    expect(() => postcodeColumns('postcode,latitude,longitude')).toThrow(PostcodeFileError);
    expect(() => postcodeColumns('pcds,latitude,long')).toThrow(/no lat column/);
  });

  it('gives the postcode in the service’s normal form, and nothing for a row without a position', () => {
    const columns = postcodeColumns(onsHeader);
    expect(postcodeRow(columns, onsRow('NV1 4DE', '54.001000', '-1.499000'))).toEqual({
      postcode: 'NV1 4DE',
      latitude: 54.001,
      longitude: -1.499,
    });
    expect(postcodeRow({ postcode: 0, latitude: 1, longitude: 2 }, 'nv14de,54,-1.5')?.postcode).toBe('NV1 4DE');
    // The ONS "no grid reference" position, a postcode the service refuses, empty and missing coordinates.
    expect(postcodeRow(columns, onsRow('NV1 4DF', '99.999999', '0.000000'))).toBeNull();
    expect(postcodeRow(columns, onsRow('NV6 3DC', '54.0', '-1.3'))).toBeNull();
    expect(postcodeRow(columns, onsRow('NV1 4DG', '', ''))).toBeNull();
    expect(postcodeRow(columns, '"NV1 4DH","NV1 4DH"')).toBeNull();
  });
});

describe('loading a postcode file and locating the sites', () => {
  let t: TestApp;
  let clerk: SignedIn;
  let clinicId: string;
  let directory: string;

  beforeAll(async () => {
    t = await buildTestApp();
    directory = await fs.mkdtemp(path.join(os.tmpdir(), 'telederm-postcodes-'));
    const service = await buildOrganisation(t.db.pool, { kind: 'dermatology_service' });
    const clinic = await buildOrganisation(t.db.pool, { kind: 'community_clinic' });
    clinicId = clinic.id;
    await linkOrganisations(t.db.pool, service.id, clinic.id, 'clinic_provider');
    const user = await buildUser(t.db.pool, { organisationId: service.id, roles: ['booking_clerk'] });
    clerk = await signInAs(t.app, user.email, user.password);
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(directory, { recursive: true, force: true });
  });

  const load = (file: string) => withTransaction(t.db.pool, (tx) => loadPostcodes(tx, { file, at: t.clock.now() }));
  const addSite = async (name: string, postcode: string) => {
    const response = await caller(t.app, clerk)('POST', '/api/clinic-sites', {
      clinicId,
      name,
      address: name,
      postcode,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string; location: { latitude: number; longitude: number } | null }>();
  };

  it('loads the rows that give a position, locates the sites it has, and skips an unchanged file', async () => {
    const before = await addSite('Quayside', 'NV2 7RQ');
    expect(before.location).toBeNull();
    const file = path.join(directory, 'ONSPD_NOV_2026_UK.csv');
    await fs.writeFile(
      file,
      '\uFEFF' +
        [
          onsHeader,
          onsRow('NV2 7RQ', '53.979500', '-1.494000'),
          onsRow('NV1 4DE', '54.001000', '-1.499000', '202001'),
          onsRow('NV1 4DF', '99.999999', '0.000000'),
          '',
        ].join('\r\n'),
    );
    const loaded = await load(file);
    expect(loaded).toMatchObject({ status: 'loaded', postcodes: 2, skipped: 1, sitesLocated: 1 });
    const sites = (await caller(t.app, clerk)('GET', '/api/clinic-sites')).json().sites;
    expect(sites.find((s: { id: string }) => s.id === before.id).location).toEqual({
      latitude: 53.9795,
      longitude: -1.494,
    });
    expect((await load(file)).status).toBe('unchanged');
  });

  it('reads a changed file again: postcodes move, none are removed', async () => {
    const file = path.join(directory, 'moved.csv');
    await fs.writeFile(file, 'pcds,lat,long\nNV2 7RQ,53.98,-1.49\n');
    expect(await load(file)).toMatchObject({ status: 'loaded', postcodes: 1, sitesLocated: 1 });
    await fs.writeFile(file, 'pcds,lat,long\nNV2 7RQ,53.981,-1.49\nNV3 1NG,54.021,-1.502\n');
    await fs.utimes(file, new Date(), new Date(Date.now() + 5_000));
    expect(await load(file)).toMatchObject({ status: 'loaded', postcodes: 2 });
    const { rows } = await t.db.pool.query<{ postcode: string; latitude: number }>(
      'SELECT postcode, latitude FROM postcode_locations ORDER BY postcode',
    );
    expect(rows).toEqual([
      { postcode: 'NV1 4DE', latitude: 54.001 },
      { postcode: 'NV2 7RQ', latitude: 53.981 },
      { postcode: 'NV3 1NG', latitude: 54.021 },
    ]);
  });

  it('locates a site when it is saved, and forgets the location when its new postcode is not in the data', async () => {
    const site = await addSite('Northgate', 'nv3 1ng');
    expect(site.location).toEqual({ latitude: 54.021, longitude: -1.502 });
    const moved = await caller(t.app, clerk)('PUT', `/api/clinic-sites/${site.id}`, {
      name: 'Northgate',
      address: 'Northgate',
      postcode: 'NV8 1AB',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().location).toBeNull();
  });

  it('refuses a file that is missing or not in the format, and changes nothing', async () => {
    await expect(load(path.join(directory, 'absent.csv'))).rejects.toThrow(/cannot read the postcode file/);
    const wrong = path.join(directory, 'wrong.csv');
    await fs.writeFile(wrong, 'postcode,latitude,longitude\nNV9 9ZZ,54,-1\n');
    await expect(load(wrong)).rejects.toThrow(PostcodeFileError);
    const { rows } = await t.db.pool.query(`SELECT 1 FROM postcode_locations WHERE postcode = 'NV9 9ZZ'`);
    expect(rows).toEqual([]);
  });
});

describe('the demo data', () => {
  it('gives every demo site a postcode the service accepts and the demo postcode file locates', async () => {
    const db = await openTestDatabase();
    try {
      await seedDemo(db.pool, manualClock());
      const { rows } = await db.pool.query<{ postcode: string; latitude: number | null }>(
        'SELECT postcode, latitude FROM clinic_sites ORDER BY name',
      );
      expect(rows.map((r) => r.postcode)).toEqual(['NV6 3DB', 'NV3 1NG']);
      for (const site of rows) {
        expect(isValidPostcode(site.postcode), site.postcode).toBe(true);
        expect(site.latitude, site.postcode).not.toBeNull();
      }
      // A second start finds the file loaded already.
      const again = await withTransaction(db.pool, (tx) =>
        loadPostcodes(tx, { file: demoPostcodesFile, at: new Date() }),
      );
      expect(again.status).toBe('unchanged');
    } finally {
      await db.close();
    }
  });

  it('holds only postcodes the service accepts, each once', async () => {
    const lines = (await fs.readFile(demoPostcodesFile, 'utf8')).trim().split('\n');
    const columns = postcodeColumns(lines[0]!);
    const rows = lines.slice(1).map((line) => postcodeRow(columns, line));
    expect(rows.every((row) => row !== null)).toBe(true);
    const postcodes = rows.map((row) => row!.postcode);
    expect(new Set(postcodes).size).toBe(postcodes.length);
  });
});
