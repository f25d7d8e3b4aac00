/**
 * app/simulator/SimulatorSection — the "Simulator" region of the side column. Only this small
 * shell is in the initial bundle: the simulator itself (engine sampler, estimators, mathjs, its
 * worker) is a separate chunk, fetched the first time the section is opened.
 */
import { Suspense, lazy, useId, useState } from 'react';
import './section.css';

const SimulatorPanel = lazy(() => import('./SimulatorPanel'));

export function SimulatorSection() {
  const headingId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <section className="sim-section" aria-labelledby={headingId} data-open={open}>
      <h2 id={headingId} className="sim-section-title">
        <button
          type="button"
          className="sim-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            setOpen(!open);
            setOpened(true);
          }}
        >
          <span aria-hidden="true" className="sim-chevron">
            {open ? '▾' : '▸'}
          </span>
          Simulator
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {opened && (
          <Suspense fallback={<p className="sim-loading">Loading the simulator…</p>}>
            <SimulatorPanel />
          </Suspense>
        )}
      </div>
    </section>
  );
}
