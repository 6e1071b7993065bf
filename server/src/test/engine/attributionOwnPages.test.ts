import { checkSpeakers as check } from './attributionCheck';

describe('Attribution: an organisation’s own pages', () => {
  it('Should credit a notice written as "we" to the body its copyright footer names', () => {
    check(
      `Quellby Water Company

Service update

What happened?

On Tuesday we found a leak in the main pipe. Our engineers closed the valve within an hour.

When will supply return?

We expect full pressure by Friday. If you have no water, bottled water is available at the depot.

© 2026 Quellby Water Company | Privacy | Cookies
`,
      `Quellby Water Company | signature | On Tuesday we found a leak in the main pipe.
       Quellby Water Company | signature | Our engineers closed the valve within an hour.
       Quellby Water Company | signature | We expect full pressure by Friday.
       Quellby Water Company | signature | If you have no water, bottled water is available at the depot.`,
    );
  });

  it('Should read the footer’s name with the year after it or "all rights reserved" after a comma', () => {
    check(
      `Quellby Water Company

We found a leak in the main pipe. Our engineers closed the valve. We expect full pressure by Friday.

© Quellby Water Company 2026
`,
      `Quellby Water Company | signature | We found a leak in the main pipe.
       Quellby Water Company | signature | Our engineers closed the valve.
       Quellby Water Company | signature | We expect full pressure by Friday.`,
    );
    check(
      `Quellby Water Company

We found a leak in the main pipe. Our engineers closed the valve. We expect full pressure by Friday.

© 2026 Quellby Water Company, all rights reserved
`,
      `Quellby Water Company | signature | We found a leak in the main pipe.
       Quellby Water Company | signature | Our engineers closed the valve.
       Quellby Water Company | signature | We expect full pressure by Friday.`,
    );
  });

  it('Should leave a news story’s "we" and its outlet’s footer to the outlet', () => {
    check(
      `Leak closes the main pipe

The Quellby Water Company found a leak in the main pipe on Tuesday. Engineers closed the valve within an hour.

We will keep updating this story. We asked the company when supply would return. We have had no answer.

© 2026 Quellby Evening Courier | Privacy | Cookies
`,
      `- | - | The Quellby Water Company found a leak in the main pipe on Tuesday.
       - | - | Engineers closed the valve within an hour.
       - | - | We will keep updating this story.
       - | - | We asked the company when supply would return.
       - | - | We have had no answer.`,
    );
  });

  it('Should not credit a page written as "we" without a copyright footer', () => {
    check(
      `We found a leak in the main pipe. Our engineers closed the valve. We expect full pressure by Friday.
`,
      `- | - | We found a leak in the main pipe.
       - | - | Our engineers closed the valve.
       - | - | We expect full pressure by Friday.`,
    );
  });
});
