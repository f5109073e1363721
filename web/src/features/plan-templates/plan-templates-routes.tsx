import { Route, Routes } from 'react-router';
import { TemplatePage } from './template-page.tsx';
import { TemplatesListPage } from './templates-list-page.tsx';

/** The service's plan templates and leaflets per diagnosis (issue 13 §1). */
export function PlanTemplatesRoutes() {
  return (
    <Routes>
      <Route index element={<TemplatesListPage />} />
      <Route path=":code" element={<TemplatePage />} />
    </Routes>
  );
}
