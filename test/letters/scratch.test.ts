import { it } from 'vitest';
import { detect, detectAll } from 'tinyld';
const s = [
  'Establish a Technology and Innovation Support Centre at the university',
  "Renforcer la capacité de l'université à soutenir l'innovation",
  "Mettre en place un centre d'appui à la technologie et à l'innovation (CATI) au sein de l'université",
  'Crear un centro de apoyo a la tecnología y la innovación en la universidad',
  'Criar um centro de apoio à tecnologia e inovação na universidade',
  'Plan Sénégal Emergent (PSE), axe 2 : capital humain',
  '30 patent examiners and 20 researchers from the faculties of science',
  'Formation de 40 chercheurs et doctorants, 10 agents du centre',
  "Le projet vise à améliorer l'accès des chercheurs aux bases de données de brevets.",
  'Mayo a septiembre de 2027',
  'Between March and June 2027, for three months',
  "Nepal's Fifteenth Plan identifies IP and innovation as drivers of industrial growth",
];
it('x', () => {
  for (const x of s)
    console.log(
      JSON.stringify(detect(x)),
      JSON.stringify(detectAll(x).slice(0, 3)),
      JSON.stringify(detectAll(x, { only: ['en', 'fr', 'es', 'ru', 'ar', 'zh'] }).slice(0, 3)),
      x.slice(0, 30),
    );
});
