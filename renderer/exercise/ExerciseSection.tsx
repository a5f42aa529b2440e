// 培训练习 (training workspace only): the trainee's tab — open an exercise, hand in a submission — and the trainer's
// — make an exercise from the open catalog, grade a class (docs/exercise-format.md).
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { TraineePanel } from './TraineePanel.tsx';
import { TrainerPanel } from './TrainerPanel.tsx';

export function ExerciseSection() {
  const { t } = useTranslation();
  return (
    <Tabs
      items={[
        { key: 'trainee', label: t('exercise.tabs.trainee'), children: <TraineePanel /> },
        { key: 'trainer', label: t('exercise.tabs.trainer'), children: <TrainerPanel /> },
      ]}
    />
  );
}
