//! The words a runner reads on the built-in checklist items, worded from what the template rules
//! chose (`templates::Template`). The one place to change or translate them.

use crate::core::checklist::templates::Template;
use crate::core::dates;
use crate::core::profile::PreEventPreference;

impl Template {
    /// The item as the runner reads it.
    pub fn text(&self) -> String {
        match self {
            Template::NoTouch { days } => format!("Hands-off days: you chose no massage for the {days} days before the race, so skip the rolling too."),
            Template::BookPreEvent(PreEventPreference::Compression) => "Book your pre-event session for tomorrow: compressions over your clothes.".into(),
            Template::BookPreEvent(PreEventPreference::Deep) => "Book your pre-event session for tomorrow: the firmer work you already know suits you.".into(),
            Template::BookPreEvent(_) => "Book your pre-event session for tomorrow: a light flush with compressions, rocking and shaking.".into(),
            Template::HydrateTwoDaysBefore => "Drink steadily through the day; keep a bottle within reach.".into(),
            Template::PreEventMassage(PreEventPreference::Compression) => "Pre-event massage: brisk compressions over your clothes, then leave it there.".into(),
            Template::PreEventMassage(PreEventPreference::Deep) => "Pre-event massage: the firmer work you like, with no new techniques.".into(),
            Template::PreEventMassage(_) => "Pre-event massage: light flushing strokes, compressions, rocking and shaking. You should walk out feeling light and springy.".into(),
            Template::DeepWorkNote => "Keep the deeper work short, and only as deep as you have already tried before a hard workout or a smaller race.".into(),
            Template::PreRaceRoutine { name, minutes } => format!("Self-massage: {name} ({minutes} min), easy pressure only."),
            Template::HydrateDayBefore => "Keep drinking through the day; pale yellow urine is the aim.".into(),
            Template::SunSafeOil => "Outdoor race in daylight: if you use a citrus oil on your skin, pack a sun-safe one (bergamot FCF, distilled lemon or lime, sweet orange or mandarin).".into(),
            Template::MorningDrink => "Sip water with breakfast; no need to force down extra.".into(),
            Template::MorningShortSession => "Optional: a short, light session 15 to 45 minutes before the start, done before your warm-up.".into(),
            Template::WarmUp { hands_on: true } => "Warm up as usual: easy jogging and drills. Massage never replaces it.".into(),
            Template::WarmUp { hands_on: false } => "Warm up with easy jogging and drills: that is all the preparation your legs need.".into(),
            Template::Refuel => "Drink and eat something within the first hour.".into(),
            Template::StaticStretch => "Once you have walked and cooled down, gentle static stretches: hold each one, no bouncing.".into(),
            Template::PostEventFlush => "Post-event massage: a light flush with slow, controlled strokes, a little firmer than before the race but never deep.".into(),
            Template::PostRaceRoutine { name, minutes } => format!("Gentle rolling from today: {name} ({minutes} min), stop well short of discomfort."),
            Template::HydrateAfter => "Keep topping up fluids through the day.".into(),
            Template::NoGeneralUntil { from } => format!(
                "No deep (general) massage until {}, {}: tired muscles need the gap first.",
                dates::long_weekday_day_month(from.date_naive()),
                dates::clock(from.time())
            ),
            Template::SorenessCheck => "Soreness check: rate how your legs feel. Race soreness should be easing by day 3; if it is not, or you see bruising, ask a professional.".into(),
        }
    }
}
