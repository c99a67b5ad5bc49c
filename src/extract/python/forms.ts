import type { SgNode } from '@ast-grep/napi';
import type { SourceExtractor } from '../types.js';
import { compact } from '../source.js';
import { classBases, classMembers, lastName, located, moduleClasses } from './common.js';

/** The bases of a form or serializer bound to a model (`forms.ModelForm`, DRF `serializers.ModelSerializer`). */
const MODEL_BOUND = /^(?:ModelForm|ModelSerializer|HyperlinkedModelSerializer)$/;

/**
 * Django ModelForms and DRF model serializers with the model their `Meta.model` names
 * (`class AddressForm(forms.ModelForm): class Meta: model = AddressBookEntry`), so a
 * `form.save()` elsewhere can be told which model it writes. A subclass without its own
 * `Meta` takes its base's from the same module.
 */
export const pythonForms: SourceExtractor = {
  id: 'python-forms',
  languages: ['python'],
  kinds: [],
  applies: (text) => text.includes('Meta') && /Form|Serializer/.test(text),
  extract(file, facts) {
    const classes = moduleClasses(file.root);
    for (const [name, cls] of classes) {
      const model = metaModel(cls, classes, 0);
      if (model) facts.formClasses.push({ name, model, location: file.location(located(cls)) });
    }
  },
};

function metaModel(cls: SgNode, classes: Map<string, SgNode>, depth: number): string | null {
  const bases = classBases(cls).bases.map((b) => lastName(compact(b.text())));
  const local = bases.map((b) => classes.get(b)).filter((c): c is SgNode => c !== undefined && c.id() !== cls.id());
  if (!bases.some((b) => MODEL_BOUND.test(b)) && local.length === 0) return null;
  for (const statement of cls.field('body')?.namedChildren() ?? []) {
    if (statement.kind() !== 'class_definition' || statement.field('name')?.text() !== 'Meta') continue;
    const model = classMembers(statement).assignments.get('model');
    const name = model ? lastName(compact(model.text())) : '';
    if (/^[A-Z]\w*$/.test(name)) return name;
  }
  if (depth >= 4) return null;
  for (const base of local) {
    const inherited = metaModel(base, classes, depth + 1);
    if (inherited) return inherited;
  }
  return null;
}
