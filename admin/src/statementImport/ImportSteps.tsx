import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useTranslate } from 'react-admin';

const STEPS = ['step1', 'step2', 'step3'];

/** Choose the file → preview → post; `done` once posted. */
export function ImportSteps({ active, done }: { active: number; done?: boolean }) {
  const translate = useTranslate();
  return (
    <Stepper
      activeStep={done ? STEPS.length : active}
      sx={{ my: 2 }}
      aria-label={translate('chungTay.statementImport.start')}
    >
      {STEPS.map((step) => (
        <Step key={step}>
          <StepLabel>{translate(`chungTay.statementImport.${step}`)}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
